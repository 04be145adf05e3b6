package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** ROC AUC and average precision against hand examples, brute force and sklearn's numbers. */
class AnomalyMetricsTest {
    private static final double[] HAND_SCORES = {0.1, 0.4, 0.35, 0.8};
    private static final boolean[] HAND_ANOMALOUS = {false, false, true, true};

    /** Twelve rows with ties inside and across the classes. */
    static final double[] TIED_SCORES = {0.2, 0.5, 0.5, 0.9, 0.1, 0.5, 0.3, 0.9, 0.7, 0.2, 0.3, 0.8};
    static final boolean[] TIED_ANOMALOUS = flags(0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1);

    private final SplittableRandom random = new SplittableRandom(23);

    @Test
    void handExampleGivesTheTextbookNumbers() {
        // pairs (anomalous, normal): 0.35 > 0.1, 0.35 < 0.4, 0.8 > both: 3 of 4
        assertThat(AnomalyMetrics.rocAuc(HAND_SCORES, HAND_ANOMALOUS)).isCloseTo(0.75, within(1e-15));
        // ranked 0.8 (a), 0.4 (n), 0.35 (a): precision 1 at the first anomalous row, 2/3 at the second
        assertThat(AnomalyMetrics.averagePrecision(HAND_SCORES, HAND_ANOMALOUS)).isCloseTo((1 + 2.0 / 3) / 2, within(1e-15));
    }

    @Test
    void tiedDataGivesSklearnsNumbers() {
        // sklearn 1.2.1: roc_auc_score(y, s), average_precision_score(y, s)
        assertThat(AnomalyMetrics.rocAuc(TIED_SCORES, TIED_ANOMALOUS)).isCloseTo(0.7714285714285715, within(1e-15));
        assertThat(AnomalyMetrics.averagePrecision(TIED_SCORES, TIED_ANOMALOUS)).isCloseTo(0.6087301587301587, within(1e-15));
    }

    @Test
    void averagePrecisionTakesTiedRowsInOneStep() {
        // 0.7: one of two flagged is anomalous (R 1/2, P 1/2); 0.3: two of four (R 1, P 1/2): AP = 1/2. Taking the
        // anomalous row of each tie first would give 1/2 * 1 + 1/2 * 2/3 instead.
        double[] scores = {0.7, 0.7, 0.3, 0.3, 0.1};
        assertThat(AnomalyMetrics.averagePrecision(scores, flags(1, 0, 1, 0, 0))).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void rocAucIsTheShareOfOrderedPairsWithTiesCountingHalf() {
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + random.nextInt(400);
            double[] scores = new double[n];
            boolean[] anomalous = new boolean[n];
            int levels = 1 + random.nextInt(12); // few distinct scores: many ties
            for (int i = 0; i < n; i++) {
                anomalous[i] = i == 0 || (i != 1 && random.nextDouble() < 0.3);
                scores[i] = random.nextInt(levels) + (anomalous[i] ? random.nextInt(3) : 0);
            }
            assertThat(AnomalyMetrics.rocAuc(scores, anomalous)).isCloseTo(pairCountAuc(scores, anomalous), within(1e-12));
        }
    }

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachAnomalousRank() {
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + random.nextInt(500);
            double[] scores = new double[n];
            boolean[] anomalous = new boolean[n];
            for (int i = 0; i < n; i++) {
                anomalous[i] = i == 0 || random.nextDouble() < 0.2;
                scores[i] = random.nextGaussian() + (anomalous[i] ? 1 : 0); // continuous: no ties
            }
            assertThat(AnomalyMetrics.averagePrecision(scores, anomalous)).isCloseTo(meanPrecisionAtRanks(scores, anomalous), within(1e-12));
        }
    }

    @Test
    void perfectAndReversedAndUninformativeScores() {
        double[] scores = {1, 2, 3, 4, 5, 6};
        assertThat(AnomalyMetrics.rocAuc(scores, flags(0, 0, 0, 1, 1, 1))).isEqualTo(1.0);
        assertThat(AnomalyMetrics.averagePrecision(scores, flags(0, 0, 0, 1, 1, 1))).isEqualTo(1.0);
        assertThat(AnomalyMetrics.rocAuc(scores, flags(1, 1, 1, 0, 0, 0))).isEqualTo(0.0);
        double[] constant = {7, 7, 7, 7};
        assertThat(AnomalyMetrics.rocAuc(constant, flags(1, 0, 0, 1))).isEqualTo(0.5);
        assertThat(AnomalyMetrics.averagePrecision(constant, flags(1, 0, 0, 1))).isEqualTo(0.5); // the base rate
        assertThat(AnomalyMetrics.averagePrecision(constant, flags(1, 1, 1, 1))).isEqualTo(1.0); // sklearn's answer too
    }

    @Test
    void infiniteScoresRankAndSignedZerosTie() {
        double[] scores = {Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.POSITIVE_INFINITY};
        // pairs: inf > -inf, inf > -0.0; 0.0 vs -0.0 ties (half), 0.0 > -inf: (1 + 1 + 0.5 + 1) / 4
        assertThat(AnomalyMetrics.rocAuc(scores, flags(0, 0, 1, 1))).isEqualTo(0.875);
        assertThat(AnomalyMetrics.rocAuc(scores, flags(0, 0, 1, 1))).isEqualTo(pairCountAuc(scores, flags(0, 0, 1, 1)));
    }

    @Test
    void refusesOneClassNaNAndMismatchedRows() {
        double[] scores = {0.1, 0.2, 0.3};
        assertThatThrownBy(() -> AnomalyMetrics.rocAuc(scores, flags(0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 anomalous and 3 normal");
        assertThatThrownBy(() -> AnomalyMetrics.rocAuc(scores, flags(1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 anomalous and 0 normal");
        assertThatThrownBy(() -> AnomalyMetrics.averagePrecision(scores, flags(0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one anomalous row");
        assertThatThrownBy(() -> AnomalyMetrics.rocAuc(new double[] {0.1, Double.NaN}, flags(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score 1 is NaN");
        assertThatThrownBy(() -> AnomalyMetrics.averagePrecision(new double[] {Double.NaN, 1}, flags(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score 0 is NaN");
        assertThatThrownBy(() -> AnomalyMetrics.rocAuc(scores, flags(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 scores and 2 flags");
        assertThatThrownBy(() -> AnomalyMetrics.rocAuc(null, flags(0, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnomalyMetrics.rocAuc(new double[0], new boolean[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnomalyMetrics.roc(scores, flags(0, 0, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnomalyMetrics.precisionRecall(scores, flags(0, 0, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The definition: each (anomalous, normal) pair scores 1 when ordered, 1/2 when tied. */
    static double pairCountAuc(double[] scores, boolean[] anomalous) {
        double ordered = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (anomalous[i] && !anomalous[j]) {
                    pairs++;
                    ordered += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        return ordered / pairs;
    }

    /** Without ties: rank the rows, average over anomalous rows the share of anomalous rows at or above each. */
    private static double meanPrecisionAtRanks(double[] scores, boolean[] anomalous) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double sum = 0;
        int seen = 0;
        for (int rank = 1; rank <= order.length; rank++) {
            if (anomalous[order[rank - 1]]) {
                seen++;
                sum += (double) seen / rank;
            }
        }
        return sum / seen;
    }

    static boolean[] flags(int... bits) {
        boolean[] flags = new boolean[bits.length];
        for (int i = 0; i < bits.length; i++) {
            flags[i] = bits[i] == 1;
        }
        return flags;
    }
}
