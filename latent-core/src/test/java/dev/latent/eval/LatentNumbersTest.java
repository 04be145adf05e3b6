package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.nn.Tensor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The latent-space numbers on constructed data whose answers are known. */
class LatentNumbersTest {
    private final SplittableRandom random = new SplittableRandom(17);

    @Test
    void pcaFindsAKnownPrincipalAxis() {
        int n = 2000;
        double[] x = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double t = gaussian() * 3;
            x[2 * i] = 0.6 * t + 0.01 * gaussian() + 5;
            x[2 * i + 1] = 0.8 * t + 0.01 * gaussian() - 2;
        }
        Pca pca = Pca.fit(x, n, 2, 2);
        assertThat(pca.axes()[0]).isCloseTo(0.6, within(1e-3));
        assertThat(pca.axes()[1]).isCloseTo(0.8, within(1e-3));
        assertThat(pca.explainedVarianceRatio()[0]).isGreaterThan(0.99);
        double[] projected = pca.project(new double[] {5, -2}, 1);
        assertThat(projected[0]).isCloseTo(0, within(0.2));
    }

    @Test
    void activeUnitsCountsDimensionsWhoseMeansVary() {
        int n = 1000;
        double[] codes = new double[n * 3];
        for (int i = 0; i < n; i++) {
            codes[3 * i] = gaussian();           // variance 1: active
            codes[3 * i + 1] = 0.2 * gaussian(); // variance 0.04: active
            codes[3 * i + 2] = 0.05 * gaussian(); // variance 0.0025: inactive
        }
        assertThat(LatentMetrics.activeUnits(codes, n, 3)).isEqualTo(2);
    }

    @Test
    void frechetDistanceOfKnownGaussians() {
        int n = 20000;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 1 + 2 * gaussian();
            b[i] = -1 + 0.5 * gaussian();
        }
        // 1-D: (m1 - m2)^2 + (s1 - s2)^2 = 4 + 2.25
        assertThat(FrechetDistance.between(a, n, b, n, 1)).isCloseTo(6.25, within(0.15));
        assertThat(FrechetDistance.between(a, n, a, n, 1)).isCloseTo(0, within(1e-6));
        double[] points = new double[3000];
        double[] shifted = new double[3000];
        for (int i = 0; i < 1000; i++) {
            for (int j = 0; j < 3; j++) {
                points[3 * i + j] = gaussian() * (j + 1);
                shifted[3 * i + j] = points[3 * i + j] + (j == 1 ? 2 : 0);
            }
        }
        assertThat(FrechetDistance.between(points, 1000, shifted, 1000, 3)).isCloseTo(4.0, within(1e-6));
    }

    @Test
    void nearestNeighbourAgreementOnAHandMadeExample() {
        Tensor reference = Tensor.of(new float[] {0, 0, 0.1f, 0, 10, 10, 10.1f, 10}, 4, 2);
        int[] referenceLabels = {1, 1, 2, 2};
        Tensor queries = Tensor.of(new float[] {0.05f, 0.01f, 10.05f, 10.01f}, 2, 2);
        assertThat(LatentMetrics.knnAccuracy(queries, new int[] {1, 2}, reference, referenceLabels, 2)).isEqualTo(1.0);
        assertThat(LatentMetrics.knnAccuracy(queries, new int[] {2, 1}, reference, referenceLabels, 2)).isEqualTo(0.0);
        assertThat(LatentMetrics.knnAccuracy(queries, new int[] {1, 2}, reference, referenceLabels, 4)).isEqualTo(0.5);
    }

    @Test
    void priorCoverageIsAboutOneHalfForSamplesLikeTheCodesAndZeroFarAway() {
        // By construction the typical distance is the median nearest-code distance of held-out codes,
        // so fresh samples from the codes' own distribution are covered half the time.
        Tensor codes = gaussians(6000, 2);
        Tensor likeCodes = gaussians(2000, 2);
        assertThat(LatentMetrics.priorCoverage(likeCodes, codes)).isCloseTo(0.5, within(0.05));
        assertThat(LatentMetrics.priorCoverage(likeCodes.add(100.0), codes)).isEqualTo(0.0);
        assertThat(LatentMetrics.priorCoverage(codes.slice(1000, 6000), codes)).isEqualTo(1.0); // the reference itself
    }

    private Tensor gaussians(int n, int d) {
        float[] values = new float[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) gaussian();
        }
        return Tensor.of(values, n, d);
    }

    @Test
    void linearProbeSeparatesBlobs() {
        int n = 600;
        double[] x = new double[n * 2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            x[2 * i] = 4 * Math.cos(labels[i] * 2.1) + 0.5 * gaussian();
            x[2 * i + 1] = 4 * Math.sin(labels[i] * 2.1) + 0.5 * gaussian();
        }
        assertThat(LinearProbe.accuracy(x, labels, x, labels, 2)).isGreaterThan(0.95);
    }

    private double gaussian() {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
