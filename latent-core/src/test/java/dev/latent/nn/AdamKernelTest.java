package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AdamKernelTest {
    private static final double LR = 0.01;

    @Test
    void theFusedKernelIsAvailableInThisLibtorch() {
        // the fast path; losing it silently would double the optimizer's time
        Tensor w = Tensor.of(new float[] {1f}, 1).requiresGrad();
        assertThat(new AdamKernel(List.of(w), List.of(w.zerosLike()), List.of(w.zerosLike())).fused()).isTrue();
    }

    @Test
    void fusedAndSixPassUpdatesAgreeOverManyStepsAndSkipParametersWithoutGradient() {
        Random random = new Random(7);
        float[] a = random(random, 300);
        float[] b = random(random, 40);
        Problem fused = new Problem(a, b, true);
        Problem sixPass = new Problem(a, b, false);
        assertThat(fused.kernel.fused()).isTrue();
        assertThat(sixPass.kernel.fused()).isFalse();
        for (int t = 1; t <= 20; t++) {
            float[] gradient = random(random, 300);
            boolean withB = t % 3 != 0; // every third step b gets no gradient and must stay put
            fused.step(t, gradient, withB);
            sixPass.step(t, gradient, withB);
        }
        assertClose(fused.a.toFloatArray(), sixPass.a.toFloatArray());
        assertClose(fused.b.toFloatArray(), sixPass.b.toFloatArray());
        assertClose(fused.mA.toFloatArray(), sixPass.mA.toFloatArray());
        assertClose(fused.vA.toFloatArray(), sixPass.vA.toFloatArray());
        assertThat(fused.a.toFloatArray()).isNotEqualTo(a);
    }

    @Test
    void aStepWithoutGradientMovesNothing() {
        Tensor w = Tensor.of(new float[] {1f, 2f}, 2).requiresGrad();
        AdamKernel kernel = new AdamKernel(List.of(w), List.of(w.zerosLike()), List.of(w.zerosLike()));
        kernel.update(1, LR, 0.9, 0.999, 1e-8);
        assertThat(w.toFloatArray()).containsExactly(1f, 2f);
    }

    @Test
    void theStepCountStartsAtOne() {
        Tensor w = Tensor.of(new float[] {1f}, 1).requiresGrad();
        AdamKernel kernel = new AdamKernel(List.of(w), List.of(w.zerosLike()), List.of(w.zerosLike()));
        assertThatThrownBy(() -> kernel.update(0, LR, 0.9, 0.999, 1e-8)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertClose(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.length; i++) {
            assertThat((double) actual[i]).as("element %d", i).isCloseTo(expected[i], within(2e-6 + 2e-6 * Math.abs(expected[i])));
        }
    }

    private static float[] random(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** Parameters a (300) and b (40) with a loss whose gradient wrt a is a given vector and wrt b is b itself. */
    private static final class Problem {
        final Tensor a;
        final Tensor b;
        final Tensor mA;
        final Tensor vA;
        final AdamKernel kernel;

        Problem(float[] a, float[] b, boolean fused) {
            this.a = Tensor.of(a, a.length).requiresGrad();
            this.b = Tensor.of(b, b.length).requiresGrad();
            this.mA = this.a.zerosLike();
            this.vA = this.a.zerosLike();
            kernel = new AdamKernel(List.of(this.a, this.b), List.of(mA, this.b.zerosLike()), List.of(vA, this.b.zerosLike()), fused);
        }

        void step(int t, float[] gradient, boolean withB) {
            a.clearGrad();
            b.clearGrad();
            try (TensorScope scope = TensorScope.open()) {
                Tensor loss = a.mul(Tensor.of(gradient, gradient.length)).sum();
                if (withB) {
                    loss = loss.add(b.mul(b).sum().mul(0.5));
                }
                loss.backward();
                kernel.update(t, LR, 0.9, 0.999, 1e-8);
            }
        }
    }
}
