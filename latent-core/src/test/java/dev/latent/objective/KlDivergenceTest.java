package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.model.Posterior;
import dev.latent.nn.Tensor;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KlDivergenceTest {
    @Test
    void isZeroWhenThePosteriorIsThePrior() {
        Posterior q = new Posterior(Tensor.zeros(3, 5), Tensor.zeros(3, 5));
        assertThat(KlDivergence.toStandardNormal(q).toFloatArray()).containsOnly(0f);
    }

    @Test
    void matchesTheOneDimensionalFormulaByHand() {
        // KL(N(1, e^0.5) || N(0,1)) = 0.5 * (e^0.5 + 1 - 1 - 0.5)
        Posterior q = new Posterior(Tensor.of(new float[] {1f}, 1, 1), Tensor.of(new float[] {0.5f}, 1, 1));
        double expected = 0.5 * (Math.exp(0.5) + 1.0 - 1.0 - 0.5);
        assertThat(KlDivergence.toStandardNormal(q).item()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void closedFormAgreesWithASeededMonteCarloEstimate() {
        double[] mean = {0.7, -1.2, 0.1};
        double[] logVariance = {-0.5, 0.3, -2.0};
        float[] m = new float[3];
        float[] lv = new float[3];
        for (int j = 0; j < 3; j++) {
            m[j] = (float) mean[j];
            lv[j] = (float) logVariance[j];
        }
        double closedForm = KlDivergence.toStandardNormal(new Posterior(Tensor.of(m, 1, 3), Tensor.of(lv, 1, 3))).item();

        // E_q[log q(z) - log p(z)] estimated from 400,000 samples of q, independent of libtorch.
        SplittableRandom random = new SplittableRandom(7);
        int samples = 400_000;
        double sum = 0;
        for (int s = 0; s < samples; s++) {
            for (int j = 0; j < 3; j++) {
                double sigma = Math.exp(0.5 * logVariance[j]);
                double eps = gaussian(random);
                double z = mean[j] + sigma * eps;
                double logQ = -0.5 * Math.log(2 * Math.PI) - 0.5 * logVariance[j] - 0.5 * eps * eps;
                double logP = -0.5 * Math.log(2 * Math.PI) - 0.5 * z * z;
                sum += logQ - logP;
            }
        }
        assertThat(closedForm).isCloseTo(sum / samples, within(0.02));
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
