package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Convolution, transposed convolution, pooling, unpooling and upsampling: maths and gradients. */
class ConvolutionTest {
    @Test
    void transposedConvolutionIsTheAdjointOfConvolution() {
        // <conv(x), y> = <x, convT(y)> for the same weight (stride 2, padding 1, k 4)
        Tensor x = Tensor.of(LayerGradientTest.uniform(2 * 3 * 8 * 8, -1, 1), 2, 3, 8, 8);
        Tensor weight = Tensor.of(LayerGradientTest.uniform(5 * 3 * 4 * 4, -1, 1), 5, 3, 4, 4);
        Tensor y = Tensor.of(LayerGradientTest.uniform(2 * 5 * 4 * 4, -1, 1), 2, 5, 4, 4);
        Tensor convolved = Conv2d.apply(x, weight, null, 2, 1);
        assertThat(convolved.shape()).containsExactly(2, 5, 4, 4);
        Tensor transposed = ConvTranspose2d.apply(y, weight, null, 2, 1);
        assertThat(transposed.shape()).containsExactly(2, 3, 8, 8);
        double left = convolved.mul(y).sum().item();
        double right = x.mul(transposed).sum().item();
        assertThat(left).isCloseTo(right, within(1e-9 * Math.abs(left) + 1e-9));
    }

    @Test
    void unpoolingPutsEachMaximumBackAtItsArgmaxAndZerosElsewhere() {
        double[] values = {
            1, 5, 2, 0,
            3, 4, 8, 1,
            0, 0, 1, 1,
            9, 0, 1, 7};
        Tensor x = Tensor.of(values, 1, 1, 4, 4).requiresGrad();
        MaxPool2d.Pooled pooled = MaxPool2d.INSTANCE.forward(x);
        assertThat(pooled.values().toFloatArray()).containsExactly(5, 8, 9, 7);
        assertThat(pooled.switches().toLongArray()).containsExactly(1, 6, 12, 15); // row * 4 + column
        Tensor unpooled = MaxUnpool2d.INSTANCE.forward(pooled.values(), pooled.switches());
        assertThat(unpooled.toFloatArray()).containsExactly(
                0, 5, 0, 0,
                0, 0, 8, 0,
                0, 0, 0, 0,
                9, 0, 0, 7);
        unpooled.mul(Tensor.of(new double[16], 1, 1, 4, 4).add(2.0)).sum().backward();
        // gradient flows only through the argmax positions
        assertThat(x.grad().toFloatArray()).containsExactly(
                0, 2, 0, 0,
                0, 0, 2, 0,
                0, 0, 0, 0,
                2, 0, 0, 2);
    }

    @Test
    void topLeftSwitchesPlaceValuesAtTheWindowsTopLeft() {
        Tensor values = Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2);
        Tensor unpooled = MaxUnpool2d.INSTANCE.forward(values, MaxUnpool2d.topLeftSwitches(values));
        assertThat(unpooled.toFloatArray()).containsExactly(
                1, 0, 2, 0,
                0, 0, 0, 0,
                3, 0, 4, 0,
                0, 0, 0, 0);
    }

    @Test
    void topLeftSwitchesAreTheFlatIndexOfEachWindowsTopLeftPixel() {
        // values (2, 1, 2, 3) unpool into a 4 x 6 plane: window (i, j) starts at row 2i, column 2j
        Tensor switches = MaxUnpool2d.topLeftSwitches(Tensor.zeros(2, 1, 2, 3));
        assertThat(switches.shape()).containsExactly(2, 1, 2, 3);
        assertThat(switches.toLongArray()).containsExactly(
                0, 2, 4, 12, 14, 16,
                0, 2, 4, 12, 14, 16);
    }

    @Test
    void nearestUpsamplingCopiesEachValueIntoItsWindow() {
        Tensor up = Tensor.of(new float[] {1, 2, 3, 4}, 1, 1, 2, 2).upsampleNearest2x();
        assertThat(up.toFloatArray()).containsExactly(1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4);
    }

    @Test
    void convolutionGradientsIncludingTheShapesOneDnnGotWrong() {
        // 32 -> 1 and 32 -> 4 channels, k 3, s 1, p 1: oneDNN returned a wrong input gradient on one CPU
        for (int out : new int[] {1, 4, 16}) {
            Function<List<Tensor>, Tensor> f = in -> Conv2d.apply(in.get(0), in.get(1), in.get(2), 1, 1).square().sum();
            List<double[]> values = List.of(LayerGradientTest.uniform(2 * 32 * 5 * 5, -1, 1), LayerGradientTest.uniform(out * 32 * 9, -0.2, 0.2),
                    LayerGradientTest.uniform(out, -0.1, 0.1));
            List<long[]> shapes = List.of(new long[] {2, 32, 5, 5}, new long[] {out, 32, 3, 3}, new long[] {out});
            LayerGradientTest.check(f, values, shapes);
        }
    }

    @Test
    void stridedAndTransposedConvolutionGradients() {
        Function<List<Tensor>, Tensor> f = in -> {
            Tensor down = Conv2d.apply(in.get(0), in.get(1), in.get(2), 2, 1).relu(); // (2, 4, 3, 3)
            return ConvTranspose2d.apply(down, in.get(3), in.get(4), 2, 1).sigmoid().sum(); // (2, 2, 6, 6)
        };
        List<double[]> values = List.of(LayerGradientTest.uniform(2 * 2 * 6 * 6, -1, 1), LayerGradientTest.uniform(4 * 2 * 16, -0.5, 0.5),
                LayerGradientTest.uniform(4, -0.1, 0.1), LayerGradientTest.uniform(4 * 2 * 16, -0.5, 0.5), LayerGradientTest.uniform(2, -0.1, 0.1));
        List<long[]> shapes = List.of(new long[] {2, 2, 6, 6}, new long[] {4, 2, 4, 4}, new long[] {4}, new long[] {4, 2, 4, 4}, new long[] {2});
        LayerGradientTest.check(f, values, shapes);
    }

    @Test
    void poolUnpoolAndNearestUpsamplingGradients() {
        Function<List<Tensor>, Tensor> f = in -> {
            MaxPool2d.Pooled pooled = MaxPool2d.INSTANCE.forward(in.get(0));
            Tensor unpooled = MaxUnpool2d.INSTANCE.forward(pooled.values().mul(in.get(1)), pooled.switches());
            return unpooled.add(pooled.values().upsampleNearest2x()).square().sum();
        };
        List<double[]> values = List.of(LayerGradientTest.uniform(2 * 3 * 16, -1, 1), LayerGradientTest.uniform(2 * 3 * 4, 0.5, 1.5));
        List<long[]> shapes = List.of(new long[] {2, 3, 4, 4}, new long[] {2, 3, 2, 2});
        LayerGradientTest.check(f, values, shapes);
    }
}
