package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.table.TableLayout;
import dev.latent.data.table.TableLayout.Block;
import dev.latent.data.table.TableLayout.Kind;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MixedTest {
    /** Column a: Gaussian value + was-missing indicator; c: three levels; b: Gaussian. D = 6, G = 2. */
    private static final TableLayout LAYOUT = new TableLayout(List.of(
            new Block("a", Kind.GAUSSIAN, 0, 1), new Block("a", Kind.BERNOULLI, 1, 1),
            new Block("c", Kind.CATEGORICAL, 2, 3), new Block("b", Kind.GAUSSIAN, 5, 1)));
    private static final int ROWS = 3;

    private final Random random = new Random(7);
    private final double[] logits = randoms(ROWS * 8, 2.0);
    private final double[] x = targets();

    @Test
    void perColumnTermsAreTheClosedFormsOfEachFactor() {
        try (TensorScope scope = TensorScope.open()) {
            Mixed mixed = new Mixed(LAYOUT);
            double[] perColumn = mixed.negativeLogLikelihoodPerColumn(Tensor.of(logits, ROWS, 8), Tensor.of(x, ROWS, 1, 1, 6)).toDoubleArray();
            double[] perRow = mixed.negativeLogLikelihood(Tensor.of(logits, ROWS, 8), Tensor.of(x, ROWS, 1, 1, 6)).toDoubleArray();
            assertThat(LAYOUT.columns()).containsExactly("a", "c", "b");
            for (int r = 0; r < ROWS; r++) {
                double[] l = java.util.Arrays.copyOfRange(logits, r * 8, r * 8 + 8);
                double[] v = java.util.Arrays.copyOfRange(x, r * 6, r * 6 + 6);
                double a = gaussian(v[0], l[0], l[6]) + bernoulli(v[1], l[1]);
                double c = categorical(v, l, 2, 3);
                double b = gaussian(v[5], l[5], l[7]);
                assertThat(perColumn[r * 3]).isCloseTo(a, within(1e-9));
                assertThat(perColumn[r * 3 + 1]).isCloseTo(c, within(1e-9));
                assertThat(perColumn[r * 3 + 2]).isCloseTo(b, within(1e-9));
                assertThat(perRow[r]).isCloseTo(a + b + c, within(1e-9));
            }
        }
    }

    @Test
    void logVarianceIsClampedSoAnExactColumnCannotGainWithoutBound() {
        try (TensorScope scope = TensorScope.open()) {
            double[] extreme = logits.clone();
            extreme[6] = -100; // log-variance far below the floor
            extreme[0] = x[0]; // exact mean
            double nll = new Mixed(LAYOUT).negativeLogLikelihoodPerColumn(Tensor.of(extreme, ROWS, 8), Tensor.of(x, ROWS, 1, 1, 6)).toDoubleArray()[0];
            double floor = 0.5 * (Math.log(2 * Math.PI) + Mixed.MIN_LOG_VARIANCE) + bernoulli(x[1], extreme[1]);
            assertThat(nll).isCloseTo(floor, within(1e-9));
        }
    }

    @Test
    void standardDeviationsAreTheClampedLearnedLogVariancesHalvedAndExponentiated() {
        try (TensorScope scope = TensorScope.open()) {
            double[] values = logits.clone();
            values[6] = 1.5;
            values[7] = -100;
            double[] sd = new Mixed(LAYOUT).standardDeviations(Tensor.of(values, ROWS, 8));
            assertThat(sd).hasSize(2);
            assertThat(sd[0]).isCloseTo(Math.exp(0.75), within(1e-12));
            assertThat(sd[1]).isCloseTo(0.01, within(1e-12));
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Mixed mixed = new Mixed(LAYOUT);
        double[] analytic;
        try (TensorScope scope = TensorScope.open()) {
            Tensor leaf = Tensor.of(logits, ROWS, 8).requiresGrad();
            mixed.negativeLogLikelihood(leaf, Tensor.of(x, ROWS, 1, 1, 6)).sum().backward();
            analytic = leaf.grad().toDoubleArray();
        }
        double h = 1e-6;
        for (int i = 0; i < logits.length; i++) {
            double[] up = logits.clone();
            double[] down = logits.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (total(mixed, up) - total(mixed, down)) / (2 * h);
            assertThat(analytic[i]).as("d/dlogit %d", i).isCloseTo(numeric, within(1e-6));
        }
    }

    @Test
    void meanIsTheValueTheProbabilityAndTheSoftmax() {
        try (TensorScope scope = TensorScope.open()) {
            double[] mean = new Mixed(LAYOUT).mean(Tensor.of(logits, ROWS, 8)).toDoubleArray();
            assertThat(mean).hasSize(ROWS * 6);
            assertThat(mean[0]).isCloseTo(logits[0], within(1e-12));
            assertThat(mean[1]).isCloseTo(1 / (1 + Math.exp(-logits[1])), within(1e-12));
            assertThat(mean[2] + mean[3] + mean[4]).isCloseTo(1.0, within(1e-12));
            assertThat(mean[3] / mean[2]).isCloseTo(Math.exp(logits[3] - logits[2]), within(1e-9));
            assertThat(new Mixed(LAYOUT).decoderVariances()).isEqualTo(2);
        }
    }

    private double total(Mixed mixed, double[] values) {
        try (TensorScope scope = TensorScope.open()) {
            return mixed.negativeLogLikelihood(Tensor.of(values, ROWS, 8), Tensor.of(x, ROWS, 1, 1, 6)).sum().item();
        }
    }

    private static double gaussian(double value, double mu, double logVariance) {
        double s2 = Math.exp(logVariance);
        return 0.5 * Math.log(2 * Math.PI * s2) + (value - mu) * (value - mu) / (2 * s2);
    }

    private static double bernoulli(double value, double logit) {
        double p = 1 / (1 + Math.exp(-logit));
        return -(value * Math.log(p) + (1 - value) * Math.log(1 - p));
    }

    private static double categorical(double[] v, double[] l, int offset, int width) {
        double normaliser = 0;
        for (int i = 0; i < width; i++) {
            normaliser += Math.exp(l[offset + i]);
        }
        double nll = 0;
        for (int i = 0; i < width; i++) {
            nll -= v[offset + i] * (l[offset + i] - Math.log(normaliser));
        }
        return nll;
    }

    private double[] randoms(int n, double scale) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = scale * (random.nextDouble() - 0.5);
        }
        return values;
    }

    private double[] targets() {
        double[] values = new double[ROWS * 6];
        for (int r = 0; r < ROWS; r++) {
            values[r * 6] = random.nextGaussian();
            values[r * 6 + 1] = random.nextBoolean() ? 1 : 0;
            values[r * 6 + 2 + random.nextInt(3)] = 1;
            values[r * 6 + 5] = random.nextGaussian();
        }
        return values;
    }
}
