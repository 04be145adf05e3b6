package dev.latent.eval;

import static dev.latent.eval.AnomalyMetricsTest.TIED_ANOMALOUS;
import static dev.latent.eval.AnomalyMetricsTest.TIED_SCORES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ROC and precision-recall curves: sklearn's points, thresholds that mean what they say, a capped size. */
class AnomalyCurveTest {
    private static final double[] NO_FLAG = {};

    @Test
    void rocPointsAreSklearns() {
        Curve roc = AnomalyMetrics.roc(TIED_SCORES, TIED_ANOMALOUS);
        // sklearn 1.2.1 roc_curve(y, s, drop_intermediate=False); its thresholds flag score >= t, ours score > t
        double n = 7;
        assertThat(roc.x()).containsExactly(new double[] {0, 1 / n, 1 / n, 1 / n, 3 / n, 4 / n, 6 / n, 1}, within(1e-15));
        assertThat(roc.y()).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1, 1, 1}, within(1e-15));
        assertThat(roc.thresholds()).containsExactly(0.9, 0.8, 0.7, 0.5, 0.3, 0.2, 0.1, Double.NEGATIVE_INFINITY);
    }

    @Test
    void precisionRecallPointsAreSklearnsInIncreasingRecall() {
        Curve pr = AnomalyMetrics.precisionRecall(TIED_SCORES, TIED_ANOMALOUS);
        // sklearn 1.2.1 precision_recall_curve(y, s), reversed
        assertThat(pr.x()).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1, 1, 1}, within(1e-15));
        assertThat(pr.y()).containsExactly(new double[] {1, 0.5, 2 / 3.0, 0.75, 4 / 7.0, 5 / 9.0, 5 / 11.0, 5 / 12.0}, within(1e-15));
        assertThat(pr.thresholds()).containsExactly(0.9, 0.8, 0.7, 0.5, 0.3, 0.2, 0.1, Double.NEGATIVE_INFINITY);
    }

    @Test
    void eachPointIsTheConfusionAtItsThreshold() {
        SplittableRandom random = new SplittableRandom(5);
        double[] scores = new double[300];
        boolean[] anomalous = new boolean[300];
        for (int i = 0; i < scores.length; i++) {
            anomalous[i] = i % 7 == 0;
            scores[i] = random.nextInt(40) + (anomalous[i] ? 10 : 0);
        }
        Curve roc = AnomalyMetrics.roc(scores, anomalous);
        Curve pr = AnomalyMetrics.precisionRecall(scores, anomalous);
        for (int i = 0; i < roc.points(); i++) {
            Confusion c = Confusion.at(roc.thresholds()[i], scores, anomalous);
            assertThat(roc.x()[i]).isCloseTo((double) c.falsePositives() / (c.falsePositives() + c.trueNegatives()), within(1e-15));
            assertThat(roc.y()[i]).isCloseTo(c.recall(), within(1e-15));
        }
        for (int i = 1; i < pr.points(); i++) { // point 0 is (recall 0, precision 1) by convention
            Confusion c = Confusion.at(pr.thresholds()[i], scores, anomalous);
            assertThat(pr.x()[i]).isCloseTo(c.recall(), within(1e-15));
            assertThat(pr.y()[i]).isCloseTo(c.precision(), within(1e-15));
        }
        assertThat(Confusion.at(pr.thresholds()[0], scores, anomalous).truePositives()).isZero();
    }

    @Test
    void curvesEncloseTheirAreas() {
        SplittableRandom random = new SplittableRandom(8);
        double[] scores = new double[2000];
        boolean[] anomalous = new boolean[2000];
        for (int i = 0; i < scores.length; i++) {
            anomalous[i] = random.nextDouble() < 0.1;
            scores[i] = Math.round(10 * (random.nextGaussian() + (anomalous[i] ? 1.5 : 0))) / 10.0;
        }
        assertThat(trapezoidArea(AnomalyMetrics.roc(scores, anomalous))).isCloseTo(AnomalyMetrics.rocAuc(scores, anomalous), within(1e-12));
        assertThat(stepArea(AnomalyMetrics.precisionRecall(scores, anomalous)))
                .isCloseTo(AnomalyMetrics.averagePrecision(scores, anomalous), within(1e-12));
    }

    @Test
    void aMillionRowsMakeASmallCurveWithTheEndsAndTheShape() {
        SplittableRandom random = new SplittableRandom(13);
        int n = 1_000_000;
        double[] scores = new double[n];
        boolean[] anomalous = new boolean[n];
        for (int i = 0; i < n; i++) {
            anomalous[i] = random.nextDouble() < 0.01;
            scores[i] = random.nextGaussian() + (anomalous[i] ? 2 : 0);
        }
        Curve roc = AnomalyMetrics.roc(scores, anomalous);
        Curve pr = AnomalyMetrics.precisionRecall(scores, anomalous);
        for (Curve curve : new Curve[] {roc, pr}) {
            assertThat(curve.points()).isBetween(1000, Curve.MAX_POINTS);
            assertThat(curve.thresholds()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(curve.x()).isSorted();
            assertThat(curve.x()[curve.points() - 1]).isEqualTo(1.0);
            assertThat(curve.thresholds()[curve.points() - 1]).isEqualTo(Double.NEGATIVE_INFINITY);
        }
        assertThat(roc.x()[0]).isZero();
        assertThat(roc.y()[0]).isZero();
        assertThat(roc.y()[roc.points() - 1]).isEqualTo(1.0);
        assertThat(pr.x()[0]).isZero();
        assertThat(pr.y()[0]).isEqualTo(1.0);
        // the kept points still enclose nearly the exact areas
        assertThat(trapezoidArea(roc)).isCloseTo(AnomalyMetrics.rocAuc(scores, anomalous), within(1e-4));
        assertThat(stepArea(pr)).isCloseTo(AnomalyMetrics.averagePrecision(scores, anomalous), within(2e-3));
    }

    @Test
    void thinningKeepsTheEndsAndAtMostTheCap() {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (n - 1.0);
            y[i] = Math.sqrt(x[i]);
            t[i] = n - i;
        }
        Curve curve = new Curve(x, y, t);
        assertThat(curve.thinned(n)).isSameAs(curve);
        for (int cap = 2; cap < n; cap++) {
            Curve thin = curve.thinned(cap);
            assertThat(thin.points()).isLessThanOrEqualTo(cap).isGreaterThanOrEqualTo(2);
            assertThat(thin.thresholds()[0]).isEqualTo(n);
            assertThat(thin.thresholds()[thin.points() - 1]).isEqualTo(1);
        }
        assertThatThrownBy(() -> curve.thinned(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Curve(x, NO_FLAG, t)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double trapezoidArea(Curve curve) {
        double area = 0;
        for (int i = 1; i < curve.points(); i++) {
            area += (curve.x()[i] - curve.x()[i - 1]) * (curve.y()[i] + curve.y()[i - 1]) / 2;
        }
        return area;
    }

    /** Each recall step at the precision of its right end, as average precision is defined. */
    private static double stepArea(Curve curve) {
        double area = 0;
        for (int i = 1; i < curve.points(); i++) {
            area += (curve.x()[i] - curve.x()[i - 1]) * curve.y()[i];
        }
        return area;
    }
}
