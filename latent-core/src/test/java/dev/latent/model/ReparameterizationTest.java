package dev.latent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReparameterizationTest {
    @Test
    void samplesHaveThePosteriorsMeanAndVariance() {
        int n = 200_000;
        float[] mean = new float[n];
        float[] logVariance = new float[n];
        Arrays.fill(mean, 1.5f);
        Arrays.fill(logVariance, (float) Math.log(0.25)); // sigma = 0.5
        Tensor z = Reparameterization.sample(new Posterior(Tensor.of(mean, n, 1), Tensor.of(logVariance, n, 1)), RandomSource.seeded(3));
        double[] values = z.toDoubleArray();
        double average = Arrays.stream(values).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - average) * (v - average)).sum() / (n - 1);
        assertThat(average).isCloseTo(1.5, within(0.01));
        assertThat(variance).isCloseTo(0.25, within(0.01));
    }

    @Test
    void givenNoiseGivesMeanPlusSigmaTimesEpsilonAndTheSeededFormDrawsItFromTheSource() {
        float[] mean = {0.3f, -1.2f, 2.0f};
        float[] logVariance = {0.0f, -2.0f, 1.4f};
        float[] eps = {1.5f, -0.25f, 0.7f};
        Posterior q = new Posterior(Tensor.of(mean, 1, 3), Tensor.of(logVariance, 1, 3));
        float[] z = Reparameterization.sample(q, Tensor.of(eps, 1, 3)).toFloatArray();
        for (int j = 0; j < 3; j++) {
            assertThat(z[j]).isCloseTo((float) (mean[j] + Math.exp(logVariance[j] / 2.0) * eps[j]), within(1e-6f));
        }
        float[] drawn = RandomSource.seeded(4).standardNormal(1, 3).toFloatArray();
        assertThat(Reparameterization.sample(q, RandomSource.seeded(4)).toFloatArray())
                .containsExactly(Reparameterization.sample(q, Tensor.of(drawn, 1, 3)).toFloatArray());
    }

    @Test
    void gradientsFlowToMeanAndLogVariance() {
        Tensor mean = Tensor.of(new float[] {0.3f, -0.2f}, 1, 2).requiresGrad();
        Tensor logVariance = Tensor.of(new float[] {0.1f, -0.4f}, 1, 2).requiresGrad();
        RandomSource noise = RandomSource.seeded(11);
        Tensor z = Reparameterization.sample(new Posterior(mean, logVariance), noise);
        z.sum().backward();
        noise.reseed(11);
        float[] eps = noise.standardNormal(1, 2).toFloatArray();
        // dz/dmean = 1; dz/dlogVariance = 0.5 * sigma * eps
        assertThat(mean.grad().toFloatArray()).containsExactly(1f, 1f);
        assertThat(logVariance.grad().toFloatArray()[0]).isCloseTo((float) (0.5 * Math.exp(0.05) * eps[0]), within(1e-6f));
        assertThat(logVariance.grad().toFloatArray()[1]).isCloseTo((float) (0.5 * Math.exp(-0.2) * eps[1]), within(1e-6f));
    }
}
