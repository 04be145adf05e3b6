package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.nn.Tensor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamTest {
    @Test
    void matchesTheAlgorithmComputedByHandInDoubles() {
        double[] w = {0.5, -1.5, 2.0};
        Tensor weights = Tensor.of(new float[] {0.5f, -1.5f, 2.0f}, 3).requiresGrad();
        Adam adam = new Adam(Map.of("w", weights), 0.1);
        double[] m = new double[3];
        double[] v = new double[3];
        for (int t = 1; t <= 5; t++) {
            // f(w) = sum w^3 / 3 + w  -> gradient w^2 + 1
            adam.zeroGrad();
            weights.mul(weights).mul(weights).mul(1.0 / 3).add(weights).sum().backward();
            adam.step();
            for (int i = 0; i < 3; i++) {
                double g = w[i] * w[i] + 1;
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        float[] actual = weights.toFloatArray();
        for (int i = 0; i < 3; i++) {
            assertThat((double) actual[i]).isCloseTo(w[i], within(1e-5));
        }
        assertThat(adam.steps()).isEqualTo(5);
        assertThat(adam.state()).containsKeys("adam.m.w", "adam.v.w");
    }

    @Test
    void zeroGradClearsTheAccumulatedGradient() {
        Tensor weights = Tensor.of(new float[] {1f}, 1).requiresGrad();
        Adam adam = new Adam(Map.of("w", weights), 0.1);
        weights.sum().backward();
        assertThat(weights.grad()).isNotNull();
        adam.zeroGrad();
        assertThat(weights.grad()).isNull();
    }
}
