package dev.latent.model;

import dev.latent.data.ImageShape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvModelTest {
    @Test
    void everyUpsamplingModeAndChannelCountGivesImagesOfTheInputShape() {
        for (Upsampling mode : Upsampling.values()) {
            for (int channels : new int[] {1, 3}) {
                for (ModelKind kind : ModelKind.values()) {
                    ImageShape shape = new ImageShape(channels, 12, 8);
                    LatentModel model = Models.build(ModelConfig.conv(kind, shape, List.of(4, 6), List.of(10), 3, mode), 1);
                    Tensor x = Tensor.zeros(5, channels, 12, 8).add(0.5);
                    ModelOutput output = model.forward(x, RandomSource.seeded(1));
                    assertThat(output.reconstruction().shape()).as(mode + " " + channels).containsExactly(5, channels, 12, 8);
                    assertThat(output.z().shape()).containsExactly(5, 3);
                    assertThat(model.decode(Tensor.zeros(2, 3)).shape()).containsExactly(2, channels, 12, 8);
                    assertThat(model.reconstruct(x).shape()).containsExactly(5, channels, 12, 8);
                }
            }
        }
    }

    @Test
    void anImageTheBlocksCannotHalveIsRefusedNamingTheBlock() {
        assertThatThrownBy(() -> ModelConfig.conv(ModelKind.VAE, new ImageShape(1, 28, 28), List.of(8, 8, 8), List.of(), 2, Upsampling.TRANSPOSED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("block 3").hasMessageContaining("7x7");
    }

    @Test
    void unpoolingPutsEachBottleneckValueAtTheMaximumOfItsQuadrantOrAtItsTopLeftWithoutSwitches() {
        // Two pooling blocks on one 8x8 channel. Every 3x3 convolution is the identity (centre 1,
        // bias 0) and the decoder's dense layer ignores z and gives the bottleneck (1, 1, 2, 2) =
        // [[1, 2], [3, 4]], so the output is the unpooled map itself. Each bottleneck cell covers a
        // 4x4 quadrant of the image, and two levels of 2x2 switches lead to that quadrant's maximum.
        LatentModel model = Models.build(ModelConfig.conv(ModelKind.AE, new ImageShape(1, 8, 8), List.of(1, 1), List.of(), 2, Upsampling.UNPOOL), 3);
        Map<String, Tensor> parameters = model.parameters();
        float[] identity = {0, 0, 0, 0, 1, 0, 0, 0, 0};
        for (String conv : List.of("encoder.body.conv.0", "encoder.body.conv.1", "decoder.up.0", "decoder.up.1")) {
            parameters.get(conv + ".weight").load(identity);
            parameters.get(conv + ".bias").load(new float[] {0});
        }
        parameters.get("decoder.dense.0.weight").load(new float[8]); // (4, d = 2)
        parameters.get("decoder.dense.0.bias").load(new float[] {1, 2, 3, 4});

        float[] pixels = new float[64];
        for (int i = 0; i < 64; i++) {
            pixels[i] = i / 128f; // distinct, below 0.5
        }
        int[][] maxima = {{2, 1}, {0, 7}, {5, 3}, {7, 4}}; // (row, column) in quadrants TL, TR, BL, BR
        for (int[] at : maxima) {
            pixels[at[0] * 8 + at[1]] = 0.9f;
        }
        float[] atMaxima = new float[64];
        float[] atTopLefts = new float[64];
        int[][] topLefts = {{0, 0}, {0, 4}, {4, 0}, {4, 4}};
        for (int k = 0; k < 4; k++) {
            atMaxima[maxima[k][0] * 8 + maxima[k][1]] = k + 1;
            atTopLefts[topLefts[k][0] * 8 + topLefts[k][1]] = k + 1;
        }

        Tensor x = Tensor.of(pixels, 1, 1, 8, 8);
        assertThat(model.reconstruct(x).toFloatArray()).containsExactly(atMaxima);
        assertThat(model.decode(model.encodeMean(x)).toFloatArray()).containsExactly(atTopLefts);
    }
}
