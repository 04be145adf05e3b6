package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.model.Posterior;
import dev.latent.model.Reparameterization;
import dev.latent.objective.KlDivergence;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every layer kind latent uses, checked: autograd in float64 against central finite
 * differences, and float32 (libtorch's fast CPU paths) against float64. We once caught libtorch
 * (oneDNN) computing a wrong convolution gradient, so the engine is tested, not trusted.
 */
class LayerGradientTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(5);

    @Test
    void linearReluAndBernoulliCrossEntropy() {
        // x (4, 6) -> linear (5) -> relu -> linear (6) logits -> BCE against targets in [0,1]
        double[] target = uniform(24, 0, 1);
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor h = Linear.apply(in.get(0), in.get(1), in.get(2)).relu();
            Tensor logits = Linear.apply(h, in.get(3), in.get(4));
            return Tensor.binaryCrossEntropyWithLogitsSum(logits, GradientCheck.constantLike(logits, target, 4, 6));
        };
        List<double[]> values = List.of(uniform(24, -1, 1), uniform(30, -1, 1), uniform(5, -0.5, 0.5), uniform(30, -1, 1), uniform(6, -0.5, 0.5));
        List<long[]> shapes = List.of(new long[] {4, 6}, new long[] {5, 6}, new long[] {5}, new long[] {6, 5}, new long[] {6});
        check(f, values, shapes);
    }

    @Test
    void klDivergenceToTheStandardNormal() {
        // the production KL of each input (3 inputs, d = 4), weighted so each input's gradient counts apart
        double[] weights = uniform(3, 0.5, 2);
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor perInput = KlDivergence.toStandardNormal(new Posterior(in.get(0), in.get(1))); // (3)
            return perInput.mul(GradientCheck.constantLike(perInput, weights, 3)).sum();
        };
        check(f, List.of(uniform(12, -1.5, 1.5), uniform(12, -2, 1)), List.of(new long[] {3, 4}, new long[] {3, 4}));
    }

    @Test
    void reparameterisationWithFixedNoise() {
        // z = mean + exp(logVariance / 2) * eps with fixed eps, then a non-linear loss sum((sigmoid(z) - x)^2)
        double[] eps = uniform(12, -2, 2);
        double[] x = uniform(12, 0, 1);
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor z = Reparameterization.sample(new Posterior(in.get(0), in.get(1)), GradientCheck.constantLike(in.get(0), eps, 3, 4));
            return z.sigmoid().sub(GradientCheck.constantLike(z, x, 3, 4)).square().sum();
        };
        check(f, List.of(uniform(12, -1, 1), uniform(12, -1, 1)), List.of(new long[] {3, 4}, new long[] {3, 4}));
    }

    @Test
    void maxPooling() {
        // x (2, 3, 4, 4) -> pooled values (2, 3, 2, 2) -> weighted sum of squares; the gradient reaches only each window's argmax
        double[] weights = uniform(2 * 3 * 4, 0.5, 2);
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor pooled = MaxPool2d.INSTANCE.forward(in.get(0)).values();
            return pooled.square().mul(GradientCheck.constantLike(pooled, weights, 2, 3, 2, 2)).sum();
        };
        check(f, List.of(uniform(2 * 3 * 16, -1, 1)), List.of(new long[] {2, 3, 4, 4}));
    }

    @Test
    void maxUnpoolingWithGivenSwitches() {
        // values (2, 3, 2, 2) placed at random positions of their 2x2 windows in (2, 3, 4, 4), then a
        // position-dependent loss: the gradient must be read back from exactly those positions
        long[] switches = new long[2 * 3 * 4];
        for (int plane = 0; plane < 6; plane++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    switches[plane * 4 + i * 2 + j] = (2L * i + RANDOM.nextInt(2)) * 4 + 2L * j + RANDOM.nextInt(2);
                }
            }
        }
        double[] target = uniform(2 * 3 * 16, -1, 1);
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor unpooled = MaxUnpool2d.INSTANCE.forward(in.get(0), Tensor.indices(switches).reshape(2, 3, 2, 2)); // (2, 3, 4, 4)
            return unpooled.sub(GradientCheck.constantLike(unpooled, target, 2, 3, 4, 4)).square().sum();
        };
        check(f, List.of(uniform(2 * 3 * 4, -1, 1)), List.of(new long[] {2, 3, 2, 2}));
    }

    static void check(Function<List<Tensor>, Tensor> f, List<double[]> values, List<long[]> shapes) {
        List<double[]> analytic64 = GradientCheck.autogradFloat64(f, values, shapes);
        List<double[]> numeric = GradientCheck.finiteDifferences(f, values, shapes, 1e-6);
        List<double[]> analytic32 = GradientCheck.autogradFloat32(f, values, shapes);
        assertThat(GradientCheck.relativeError(analytic64, numeric)).as("float64 autograd vs finite differences").isLessThan(1e-6);
        assertThat(GradientCheck.relativeError(analytic32, analytic64)).as("float32 vs float64 autograd").isLessThan(1e-4);
    }

    static double[] uniform(int n, double low, double high) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = low + (high - low) * RANDOM.nextDouble();
        }
        return values;
    }
}
