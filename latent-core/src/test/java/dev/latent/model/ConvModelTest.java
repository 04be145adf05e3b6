package dev.latent.model;

import dev.latent.data.ImageShape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.List;
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
    void unpoolingUsesTheEncodersSwitchesAndFallsBackToTopLeftWithoutThem() {
        LatentModel model = Models.build(ModelConfig.conv(ModelKind.AE, new ImageShape(1, 8, 8), List.of(2), List.of(), 2, Upsampling.UNPOOL), 3);
        float[] pixels = new float[64];
        for (int i = 0; i < 64; i++) {
            pixels[i] = (i * 37 % 64) / 64f;
        }
        Tensor x = Tensor.of(pixels, 1, 1, 8, 8);
        Tensor withSwitches = model.reconstruct(x);
        Tensor withoutSwitches = model.decode(model.encodeMean(x));
        assertThat(withSwitches.toFloatArray()).isNotEqualTo(withoutSwitches.toFloatArray());
        assertThat(model.forward(x, null).reconstruction().toFloatArray()).isEqualTo(withSwitches.toFloatArray());
    }
}
