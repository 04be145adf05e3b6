package dev.latent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.nn.Columns;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conditional models' one-hot conditioning: its shapes, its arithmetic, and that the label reaches encoder and decoder. */
class ConditionalModelTest {
    private static final ImageShape SHAPE = new ImageShape(1, 8, 8);
    private static final Tensor LABELS = Tensor.indices(new long[] {0, 3, 2});

    private static List<LatentModel> models() {
        return List.of(
                Models.build(ModelConfig.dense(ModelKind.VAE, SHAPE, List.of(7), 3).withConditionClasses(4), 1),
                Models.build(ModelConfig.dense(ModelKind.AE, SHAPE, List.of(7), 3).withConditionClasses(4), 1),
                Models.build(ModelConfig.conv(ModelKind.VAE, SHAPE, List.of(2, 3), List.of(7), 3, Upsampling.UNPOOL).withConditionClasses(4), 1));
    }

    @Test
    void oneHotRowsHaveASingleOneInTheLabelsColumn() {
        assertThat(Columns.oneHot(LABELS, 4).toFloatArray()).containsExactly(1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0);
    }

    @Test
    void theHeadsReadTheFeaturesAndTheLabelAndTheDecoderTheCodeAndTheLabel() {
        Map<String, Tensor> dense = models().get(0).parameters();
        assertThat(dense.get("encoder.mean.weight").shape()).containsExactly(3, 7 + 4);
        assertThat(dense.get("encoder.log_variance.weight").shape()).containsExactly(3, 7 + 4);
        Map<String, Tensor> unconditional = Models.build(ModelConfig.dense(ModelKind.VAE, SHAPE, List.of(7), 3), 1).parameters();
        assertThat(unconditional.get("encoder.mean.weight").shape()).containsExactly(3, 7);
        for (LatentModel model : models()) {
            Tensor firstDecoderWeight = model.parameters().entrySet().stream().filter(e -> e.getKey().startsWith("decoder.")
                    && e.getKey().endsWith("weight")).findFirst().orElseThrow().getValue();
            assertThat(firstDecoderWeight.shape()[1]).as(model.config().toString()).isEqualTo(3 + 4);
        }
    }

    @Test
    void theLabelChangesWhatIsDecodedAndEncodedAndShapesStayTheImages() {
        for (LatentModel model : models()) {
            try (NoGrad off = NoGrad.open()) {
                Tensor x = RandomSource.seeded(2).uniform(3, 1, 8, 8);
                Tensor z = RandomSource.seeded(4).standardNormal(1, 3).repeatRows(3); // the same code in every row
                Tensor other = Tensor.indices(new long[] {1, 1, 1});
                assertThat(model.forward(x, LABELS, RandomSource.seeded(1)).reconstruction().shape()).containsExactly(3, 1, 8, 8);
                assertThat(model.reconstruct(x, LABELS).shape()).containsExactly(3, 1, 8, 8);
                float[] asked = model.decode(z, LABELS).toFloatArray();
                float[] changed = model.decode(z, other).toFloatArray();
                assertThat(asked).isNotEqualTo(changed);
                // rows with the same code and the same label decode the same: row 1 of "other" equals any row of "other"
                assertThat(java.util.Arrays.copyOfRange(changed, 0, 64)).containsExactly(java.util.Arrays.copyOfRange(changed, 64, 128));
                assertThat(model.encodeMean(x, LABELS).toFloatArray()).isNotEqualTo(model.encodeMean(x, other).toFloatArray());
            }
        }
    }

    @Test
    void theDecoderIsTheUnconditionalDecoderOfTheCodeJoinedToTheOneHotLabel() {
        // a conditional decoder of d = 3 and 4 classes is a plain decoder of 7 inputs: same weights, same seed
        LatentModel conditional = Models.build(ModelConfig.dense(ModelKind.AE, SHAPE, List.of(7), 3).withConditionClasses(4), 5);
        LatentModel plain = Models.build(ModelConfig.dense(ModelKind.AE, SHAPE, List.of(7), 7), 5);
        Map<String, Tensor> from = conditional.parameters();
        plain.parameters().forEach((name, tensor) -> {
            if (name.startsWith("decoder.")) {
                tensor.load(from.get(name).toFloatArray());
            }
        });
        try (NoGrad off = NoGrad.open()) {
            Tensor z = RandomSource.seeded(3).standardNormal(3, 3);
            float[] expected = plain.decode(Columns.concat(List.of(z, Columns.oneHot(LABELS, 4)))).toFloatArray();
            float[] actual = conditional.decode(z, LABELS).toFloatArray();
            for (int i = 0; i < actual.length; i++) {
                assertThat((double) actual[i]).isCloseTo(expected[i], within(1e-6));
            }
        }
    }

    @Test
    void aConditionalModelWithoutLabelsAndAConditionalGanAreRefused() {
        LatentModel model = models().get(0);
        assertThatThrownBy(() -> model.decode(Tensor.zeros(2, 3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
        assertThatThrownBy(() -> ModelConfig.dense(ModelKind.GAN, SHAPE, List.of(7), 3).withConditionClasses(4))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ModelConfig.dense(ModelKind.VAE, SHAPE, List.of(7), 3).withConditionClasses(1))
                .isInstanceOf(InvalidInputException.class);
    }
}
