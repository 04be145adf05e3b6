package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;

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
    void gaussianKlAndReparameterisedSquaredError() {
        // mean, logVariance (3, 4) -> KL + sum((sigmoid(mean + sigma*eps) - x)^2)
        double[] eps = uniform(12, -2, 2);
        double[] x = uniform(12, 0, 1);
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor mean = in.get(0);
            Tensor logVariance = in.get(1);
            Tensor e = GradientCheck.constantLike(mean, eps, 3, 4);
            Tensor target = GradientCheck.constantLike(mean, x, 3, 4);
            Tensor kl = logVariance.add(1.0).sub(mean.square()).sub(logVariance.exp()).mul(-0.5).sum();
            Tensor z = mean.add(logVariance.mul(0.5).exp().mul(e));
            return kl.add(z.sigmoid().sub(target).square().sum());
        };
        List<double[]> values = List.of(uniform(12, -1, 1), uniform(12, -1, 1));
        List<long[]> shapes = List.of(new long[] {3, 4}, new long[] {3, 4});
        check(f, values, shapes);
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
