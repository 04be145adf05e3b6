package dev.latent.data.table;

import static dev.latent.data.table.ColumnTransformsTest.SCHEMA;
import static dev.latent.data.table.ColumnTransformsTest.TRAINING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** From means back to text: the round trip, the most probable value, and samples in proportion. */
class ColumnDecodeTest {
    private static final ColumnTransforms TRANSFORMS = ColumnTransforms.fit(SCHEMA, TRAINING);

    @Test
    void decodingTheEncodedRowsGivesTheInputsBack() {
        EncodedRows encoded = TRANSFORMS.encode(TRAINING);
        assertThat(TRANSFORMS.decodedHeader()).containsExactly("temperature", "city", "smoker");
        for (int r = 0; r < encoded.rows(); r++) {
            String[] original = TRAINING.row(r);
            String[] expected = {RawTable.isMissing(original[0]) ? "" : original[0], original[1], original[2]};
            assertThat(TRANSFORMS.decode(encoded.values(), r * encoded.width(), null)).as("row %d", r + 1).containsExactly(expected);
        }
    }

    @Test
    void numbersArePrintedWithTheTrainingDecimals() {
        NumericTransform oneDecimal = new NumericTransform("t", 0, 10, 2, false, 1);
        assertThat(oneDecimal.decode(new float[] {1.2345f}, 0, null)).isEqualTo("12.5"); // 1.2345 * 2 + 10 = 12.469
        assertThat(new NumericTransform("n", 0, 0, 1, false, 0).decode(new float[] {-0.2f}, 0, null)).isEqualTo("0");
        assertThat(new NumericTransform("n", 0, 1000, 1, false, 0).decode(new float[] {0.5f}, 0, null)).isEqualTo("1000");
        RawTable scientific = RawTable.of("s.csv", List.of("x"), List.of(new String[] {"1.5e-3"}, new String[] {"2"}, new String[] {"12e1"}));
        Schema numeric = new Schema(List.of(new ColumnSpec("x", ColumnType.NUMERIC)), null, List.of());
        assertThat(((NumericTransform) ColumnTransforms.fit(numeric, scientific).columns().get(0)).decimals()).isEqualTo(4);
    }

    @Test
    void theMostProbableLevelIsNeverUnknownAndMissingIsEmpty() {
        CategoricalTransform city = (CategoricalTransform) TRANSFORMS.columns().get(1); // Lyon, Nice, Paris, (missing), (unknown)
        assertThat(city.decode(new float[] {0.1f, 0.2f, 0.3f, 0.1f, 0.3f}, 0, null)).isEqualTo("Paris");
        assertThat(city.decode(new float[] {0.05f, 0.2f, 0.1f, 0.05f, 0.6f}, 0, null)).isEqualTo("Nice");
        assertThat(city.decode(new float[] {0.1f, 0.1f, 0.1f, 0.7f, 0f}, 0, null)).isEmpty();
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(city.decode(new float[] {0f, 0f, 0f, 0f, 1f}, 0, rng)).isNotEqualTo(CategoricalTransform.UNKNOWN);
        }
    }

    @Test
    void samplesFollowTheProbabilities() {
        CategoricalTransform city = (CategoricalTransform) TRANSFORMS.columns().get(1);
        float[] means = {0.2f, 0.5f, 0.1f, 0.2f, 0f};
        SplittableRandom rng = new SplittableRandom(42);
        int draws = 20_000;
        int lyon = 0;
        int nice = 0;
        int missing = 0;
        for (int i = 0; i < draws; i++) {
            String value = city.decode(means, 0, rng);
            lyon += value.equals("Lyon") ? 1 : 0;
            nice += value.equals("Nice") ? 1 : 0;
            missing += value.isEmpty() ? 1 : 0;
        }
        // binomial standard errors are below 0.004; allow about five
        assertThat(lyon / (double) draws).isEqualTo(0.2, within(0.02));
        assertThat(nice / (double) draws).isEqualTo(0.5, within(0.02));
        assertThat(missing / (double) draws).isEqualTo(0.2, within(0.02));
    }

    @Test
    void theWasMissingIndicatorIsAThresholdOrADraw() {
        NumericTransform temperature = (NumericTransform) TRANSFORMS.columns().get(0);
        assertThat(temperature.decode(new float[] {0f, 0.6f}, 0, null)).isEmpty();
        assertThat(temperature.decode(new float[] {0f, 0.4f}, 0, null)).isEqualTo("7.00");
        SplittableRandom rng = new SplittableRandom(3);
        int empty = 0;
        for (int i = 0; i < 20_000; i++) {
            empty += temperature.decode(new float[] {0f, 0.3f}, 0, rng).isEmpty() ? 1 : 0;
        }
        assertThat(empty / 20_000.0).isEqualTo(0.3, within(0.02));
    }

    @Test
    void decodesARowAtAnOffsetOfABatch() {
        EncodedRows encoded = TRANSFORMS.encode(TRAINING);
        float[] batch = new float[encoded.width() * 2 + 5];
        System.arraycopy(encoded.values(), 4 * encoded.width(), batch, 5 + encoded.width(), encoded.width());
        assertThat(TRANSFORMS.decode(batch, 5 + encoded.width(), null)).containsExactly("10.75", "Nice", "no");
    }
}
