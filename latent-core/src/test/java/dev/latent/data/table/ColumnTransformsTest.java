package dev.latent.data.table;

import static dev.latent.data.table.CsvRefusalTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fitting, encoding and the layout, checked against numbers worked out by hand. */
class ColumnTransformsTest {
    static final List<String> HEADER = List.of("temperature", "city", "smoker", "outcome");
    /** Temperatures 12.50, 3.25, 7.00, (missing), 10.75, 1.50: median 7, imputed sum 42 over 6 rows. */
    static final RawTable TRAINING = RawTable.of("train.csv", HEADER, List.of(
            new String[] {"12.50", "Paris", "yes", "sick"},
            new String[] {"3.25", "Lyon", "no", "well"},
            new String[] {"7.00", "Paris", "no", "well"},
            new String[] {"NA", "", "yes", "sick"},
            new String[] {"10.75", "Nice", "no", "well"},
            new String[] {"1.50", "Lyon", "yes", "sick"}));
    static final Schema SCHEMA = new Schema(List.of(new ColumnSpec("temperature", ColumnType.NUMERIC),
            new ColumnSpec("city", ColumnType.CATEGORICAL), new ColumnSpec("smoker", ColumnType.BOOLEAN)), "outcome", List.of());

    @TempDir
    Path dir;

    @Test
    void numericStatisticsAreThoseOfTheImputedTrainingValues() {
        NumericTransform temperature = (NumericTransform) ColumnTransforms.fit(SCHEMA, TRAINING).columns().get(0);
        assertThat(temperature.median()).isEqualTo(7.0);
        assertThat(temperature.mean()).isEqualTo(7.0, within(1e-12)); // (12.5 + 3.25 + 7 + 7 + 10.75 + 1.5) / 6
        // squares about 7: 5.5^2 + 3.75^2 + 0 + 0 + 3.75^2 + 5.5^2 = 88.625, population variance / 6
        assertThat(temperature.std()).isEqualTo(Math.sqrt(88.625 / 6), within(1e-12));
        assertThat(temperature.missingIndicator()).isTrue();
        assertThat(temperature.decimals()).isEqualTo(2);
    }

    @Test
    void anEvenCountHasTheMiddlePairsMeanAsMedianAndAConstantColumnStdOne() {
        RawTable table = RawTable.of("t.csv", List.of("x", "k"), List.of(new String[] {"10", "5"}, new String[] {"1", "5"},
                new String[] {"3", "5"}, new String[] {"2", "5"}));
        Schema schema = new Schema(List.of(new ColumnSpec("x", ColumnType.NUMERIC), new ColumnSpec("k", ColumnType.NUMERIC)), null, List.of());
        ColumnTransforms fitted = ColumnTransforms.fit(schema, table);
        NumericTransform x = (NumericTransform) fitted.columns().get(0);
        NumericTransform k = (NumericTransform) fitted.columns().get(1);
        assertThat(x.median()).isEqualTo(2.5);
        assertThat(x.missingIndicator()).isFalse();
        assertThat(k.std()).isEqualTo(1.0);
        assertThat(fitted.encode(table).values()).containsExactly(
                (float) ((10 - 4) / Math.sqrt(12.5)), 0f, (float) ((1 - 4) / Math.sqrt(12.5)), 0f,
                (float) ((3 - 4) / Math.sqrt(12.5)), 0f, (float) ((2 - 4) / Math.sqrt(12.5)), 0f);
    }

    @Test
    void theEncodedTrainingValuesHaveMeanZeroAndVarianceOne() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        EncodedRows encoded = transforms.encode(TRAINING);
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < encoded.rows(); r++) {
            double z = encoded.values()[r * encoded.width()];
            sum += z;
            squares += z * z;
        }
        assertThat(sum / encoded.rows()).isEqualTo(0, within(1e-6));
        assertThat(squares / encoded.rows()).isEqualTo(1, within(1e-6));
        // the was-missing indicator is 1 on row 4 only
        for (int r = 0; r < encoded.rows(); r++) {
            assertThat(encoded.values()[r * encoded.width() + 1]).isEqualTo(r == 3 ? 1f : 0f);
        }
    }

    @Test
    void levelsAreTheSortedTrainingValuesThenMissingAndUnknown() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        assertThat(((CategoricalTransform) transforms.columns().get(1)).levels()).containsExactly("Lyon", "Nice", "Paris", "(missing)", "(unknown)");
        CategoricalTransform smoker = (CategoricalTransform) transforms.columns().get(2);
        assertThat(smoker.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(smoker.levels()).containsExactly("no", "yes", "(missing)", "(unknown)");
        RawTable codes = RawTable.of("c.csv", List.of("code"), List.of(new String[] {"10"}, new String[] {"9"}, new String[] {"2"}, new String[] {"9"}));
        Schema coded = new Schema(List.of(new ColumnSpec("code", ColumnType.CATEGORICAL)), null, List.of());
        assertThat(((CategoricalTransform) ColumnTransforms.fit(coded, codes).columns().get(0)).levels())
                .containsExactly("2", "9", "10", "(missing)", "(unknown)");
    }

    @Test
    void theLayoutTilesTheRowAndMatchesTheEncoding() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        TableLayout layout = transforms.layout();
        int next = 0;
        for (TableLayout.Block block : layout.blocks()) {
            assertThat(block.offset()).isEqualTo(next);
            next += block.width();
        }
        assertThat(next).isEqualTo(transforms.width()).isEqualTo(2 + 5 + 4);
        assertThat(layout.blocks()).extracting(TableLayout.Block::kind).containsExactly(
                TableLayout.Kind.GAUSSIAN, TableLayout.Kind.BERNOULLI, TableLayout.Kind.CATEGORICAL, TableLayout.Kind.CATEGORICAL);
        assertThat(layout.columns()).isEqualTo(transforms.decodedHeader()).containsExactly("temperature", "city", "smoker");
        EncodedRows encoded = transforms.encode(TRAINING);
        assertThat(encoded.width()).isEqualTo(next);
        for (TableLayout.Block block : layout.categorical()) {
            for (int r = 0; r < encoded.rows(); r++) {
                float total = 0;
                for (int i = 0; i < block.width(); i++) {
                    float v = encoded.values()[r * encoded.width() + block.offset() + i];
                    assertThat(v).isIn(0f, 1f);
                    total += v;
                }
                assertThat(total).as("one-hot of %s in row %d", block.column(), r).isEqualTo(1f);
            }
        }
    }

    @Test
    void labelsAreTheRawValuesAndAFileWithoutThemHasNone() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        assertThat(transforms.encode(TRAINING).labels()).containsExactly("sick", "well", "well", "sick", "well", "sick");
        RawTable unlabelled = RawTable.of("new.csv", List.of("smoker", "city", "temperature"), List.<String[]>of(new String[] {"no", "Nice", "3.25"}));
        EncodedRows encoded = transforms.encode(unlabelled);
        assertThat(encoded.labels()).isNull();
        // 3.25 standardised, present; Nice of Lyon, Nice, Paris, (missing), (unknown); no of no, yes, ...
        assertThat(encoded.values()).containsExactly(z(3.25), 0f, 0f, 1f, 0f, 0f, 0f, 1f, 0f, 0f, 0f);
    }

    @Test
    void unseenCategoriesAreCountedPerColumn() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        RawTable test = RawTable.of("test.csv", HEADER, List.of(new String[] {"5", "Rome", "yes", "sick"},
                new String[] {"6", "Paris", "maybe", "well"}, new String[] {"7", "Oslo", "no", "well"}, new String[] {"8", "NA", "no", "sick"}));
        EncodedRows encoded = transforms.encode(test);
        assertThat(encoded.unknownCounts()).containsExactly(Map.entry("city", 2L), Map.entry("smoker", 1L));
        int unknownCity = 2 + 4; // after the two temperature features, the fifth level
        assertThat(encoded.values()[unknownCity]).isEqualTo(1f);
        assertThat(encoded.values()[3 * encoded.width() + 2 + 3]).as("NA is (missing)").isEqualTo(1f);
        RowEncoder encoder = transforms.encoder(HEADER, "stream.csv");
        float[] out = new float[transforms.width()];
        encoder.encode(new String[] {"1", "Rome", "yes", "x"}, 1, out, 0);
        encoder.encode(new String[] {"1", "Rome", "yes", "x"}, 2, out, 0);
        assertThat(encoder.unknownCounts()).containsExactly(Map.entry("city", 2L));
    }

    @Test
    void refusesValuesThatAreNotFiniteNumbersNamingRowColumnAndValue() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        RawTable bad = RawTable.of("test.csv", HEADER, List.of(new String[] {"5", "Nice", "no", "well"}, new String[] {"abc", "Nice", "no", "well"}));
        assertThatThrownBy(() -> transforms.encode(bad)).isInstanceOf(InvalidInputException.class).hasMessage(
                "test.csv: row 2, column 'temperature': 'abc' is not a number; fix it or declare the column categorical in a schema (--schema)");
        RawTable infinite = RawTable.of("inf.csv", HEADER, List.<String[]>of(new String[] {"-inf", "Nice", "no", "well"}));
        assertRefused(() -> transforms.encode(infinite), "inf.csv: row 1, column 'temperature': '-inf' is not a finite number");
        RawTable training = RawTable.of("train.csv", List.of("t"), List.of(new String[] {"1"}, new String[] {"2"}, new String[] {"oops"}));
        Schema numeric = new Schema(List.of(new ColumnSpec("t", ColumnType.NUMERIC)), null, List.of());
        assertRefused(() -> ColumnTransforms.fit(numeric, training), "train.csv: row 3, column 't': 'oops' is not a number");
    }

    @Test
    void refusesAFileWithoutAnInputColumnAndIgnoresExtraColumns() {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        assertRefused(() -> transforms.encoder(List.of("temperature", "smoker", "outcome"), "new.csv"), "new.csv", "column 'city' is not in the header");
        assertRefused(() -> ColumnTransforms.fit(SCHEMA, RawTable.of("t.csv", List.of("temperature", "city", "smoker"), List.of())),
                "t.csv", "label column 'outcome' is not in the header");
        RowEncoder encoder = transforms.encoder(List.of("extra", "outcome", "smoker", "city", "temperature"), "new.csv");
        float[] out = new float[transforms.width() + 3];
        encoder.encode(new String[] {"?", "well", "yes", "Paris", "NA"}, 1, out, 3);
        // the median (7) standardises to 0, the indicator is 1; Paris is the third level, yes the second
        assertThat(out).containsExactly(0f, 0f, 0f, z(7), 1f, 0f, 0f, 1f, 0f, 0f, 0f, 1f, 0f, 0f);
        assertRefused(() -> encoder.encode(new String[] {"1", "2"}, 9, out, 0), "new.csv", "row 9 has 2 fields but the header has 5");
    }

    /** A temperature standardised by hand: mean 7, std sqrt(88.625 / 6). */
    private static float z(double temperature) {
        return (float) ((temperature - 7) / Math.sqrt(88.625 / 6));
    }

    @Test
    void savesAsColumnsJsonAndReadsBackEqual() throws IOException {
        ColumnTransforms transforms = ColumnTransforms.fit(SCHEMA, TRAINING);
        Path file = dir.resolve("columns.json");
        transforms.write(file);
        assertThat(ColumnTransforms.read(file)).isEqualTo(transforms);
        assertThat(Files.readString(file)).contains("\"type\" : \"numeric\"", "\"missing_indicator\" : true", "\"type\" : \"boolean\"",
                "\"label_column\" : \"outcome\"").doesNotContain("width", "layout");
        Files.writeString(file, Files.readString(file).replace("\"(unknown)\"", "\"other\""));
        assertThatThrownBy(() -> ColumnTransforms.read(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("columns.json").hasMessageContaining("'city'");
    }
}
