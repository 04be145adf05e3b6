package dev.latent.data.table;

import static dev.latent.data.table.CsvRefusalTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each inference rule, on a column made to hit it (and one made to just miss it). */
class SchemaInferenceTest {
    @TempDir
    Path dir;

    @Test
    void numbersAreNumericUnlessFewWholeNumbers() {
        assertThat(typeOf(40, r -> String.valueOf(r * 0.5))).isEqualTo(ColumnType.NUMERIC);
        assertThat(typeOf(40, r -> String.valueOf(r % 10))).isEqualTo(ColumnType.CATEGORICAL); // 10 codes
        assertThat(typeOf(40, r -> String.valueOf(r % 11))).isEqualTo(ColumnType.NUMERIC); // 11 whole numbers
        assertThat(typeOf(40, r -> r % 3 == 0 ? "1e3" : "-2.5E-1")).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void twoValuesThatReadAsTrueAndFalseAreBoolean() {
        for (String[] pair : new String[][] {{"0", "1"}, {"true", "false"}, {"Yes", "No"}, {"T", "F"}, {"y", "n"}}) {
            assertThat(typeOf(30, r -> pair[r % 2])).as(pair[0]).isEqualTo(ColumnType.BOOLEAN);
        }
        assertThat(typeOf(30, r -> r % 2 == 0 ? "yes" : "maybe")).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf(30, r -> r % 2 == 0 ? "0" : "2")).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void missingValuesAreLeftOutOfTheRules() {
        String[] missing = {"", "NA", "nan", "NULL"};
        assertThat(typeOf(40, r -> r % 5 == 0 ? missing[r % 4] : String.valueOf(r * 1.5))).isEqualTo(ColumnType.NUMERIC);
        assertThat(typeOf(40, r -> r % 3 == 0 ? "NA" : r % 2 == 0 ? "yes" : "no")).isEqualTo(ColumnType.BOOLEAN);
    }

    @Test
    void mostlyNumbersIsNumericWithANoteNamingTheFirstText() {
        // 19 numbers of 20 present values: 95%
        RawTable table = column("temperature_c", 20, r -> r == 7 ? "abc" : String.valueOf(20.5 + r));
        InferredSchema inferred = SchemaInference.infer(table, SchemaOptions.DEFAULT);
        assertThat(inferred.schema().columns()).containsExactly(new ColumnSpec("temperature_c", ColumnType.NUMERIC));
        assertThat(inferred.notes()).singleElement().asString().contains("'temperature_c'", "row 8", "'abc'");
        // 18 of 20 is not enough: text
        assertThat(typeOf(20, r -> r == 7 || r == 9 ? "abc" : String.valueOf(20.5 + r % 5))).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void infinityCountsAsANumberHere() {
        assertThat(typeOf(40, r -> r == 3 ? "inf" : r == 4 ? "-Infinity" : String.valueOf(r * 0.25))).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void textIsCategorical() {
        assertThat(typeOf(40, r -> "city" + r % 7)).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf(40, r -> r % 2 == 0 ? "2021-01-0" + r % 9 : "n/a")).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void refusesIdentifierLikeColumnsNamingTheFix() {
        assertRefused(() -> SchemaInference.infer(column("name", 20, r -> "person" + r), SchemaOptions.DEFAULT),
                "'name'", "looks like an identifier", "--ignore name");
        assertRefused(() -> SchemaInference.infer(column("patient_id", 25, r -> String.valueOf(1000 + 7 * r)), SchemaOptions.DEFAULT),
                "'patient_id'", "identifier", "--ignore patient_id");
        // 19 rows are too few to judge; and 17 distinct of 20 rows (85%) is no identifier
        assertThat(typeOf(19, r -> "person" + r)).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf(20, r -> "person" + Math.min(r, 16))).isEqualTo(ColumnType.CATEGORICAL);
        // whole numbers with a repeat are numeric
        assertThat(typeOf(25, r -> String.valueOf(1000 + 7 * Math.min(r, 23)))).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void refusesMoreCategoriesThanAllowed() {
        SchemaOptions few = new SchemaOptions(null, List.of(), 5);
        assertRefused(() -> SchemaInference.infer(column("city", 60, r -> "city" + r % 6), few),
                "'city'", "more than 5 distinct values", "--ignore city", "--max-categories");
        assertThat(SchemaInference.infer(column("city", 60, r -> "city" + r % 5), few).schema().columns().get(0).type())
                .isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void aColumnOf200000DistinctValuesIsRefusedFromAFile() throws IOException {
        Path file = dir.resolve("wide.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("group,code\n");
            for (int r = 0; r < 200_000; r++) {
                out.write((r % 3) + ",k" + Integer.toHexString(r * 31) + "\n");
            }
        }
        RawTable table = CsvFile.read(file, CsvOptions.DEFAULT);
        assertRefused(() -> SchemaInference.infer(table, SchemaOptions.DEFAULT), "wide.csv", "'code'", "more than 1000 distinct values", "--ignore code");
        assertThat(SchemaInference.infer(table, new SchemaOptions(null, List.of("code"), 1000)).schema().names()).containsExactly("group");
    }

    @Test
    void dropsConstantAndEmptyColumnsWithANote() {
        RawTable table = RawTable.of("t.csv", List.of("x", "kept", "gone", "same"),
                rows(30, r -> new String[] {"3", String.valueOf(r % 4), r % 2 == 0 ? "" : "NA", r % 2 == 0 ? "3" : "3.0"}));
        InferredSchema inferred = SchemaInference.infer(table, SchemaOptions.DEFAULT);
        assertThat(inferred.schema().names()).containsExactly("kept");
        assertThat(inferred.schema().ignored()).containsExactly("x", "gone", "same");
        assertThat(inferred.notes()).containsExactly("column 'x' is constant (3) and was dropped",
                "column 'gone' is empty (every value is missing) and was dropped", "column 'same' is constant (3) and was dropped");
    }

    @Test
    void theLabelAndIgnoredColumnsLeaveTheInputs() {
        RawTable table = RawTable.of("t.csv", List.of("id", "age", "outcome"), rows(30, r -> new String[] {"id" + r, String.valueOf(20 + r * 1.5), r % 2 == 0 ? "sick" : "well"}));
        Schema schema = SchemaInference.infer(table, new SchemaOptions("outcome", List.of("id"), 1000)).schema();
        assertThat(schema.columns()).containsExactly(new ColumnSpec("age", ColumnType.NUMERIC));
        assertThat(schema.labelColumn()).isEqualTo("outcome");
        assertThat(schema.ignored()).containsExactly("id");
        assertRefused(() -> SchemaInference.infer(table, new SchemaOptions("label", List.of("id"), 1000)),
                "t.csv", "label column 'label' is not in the header", "'id', 'age', 'outcome'");
        assertRefused(() -> SchemaInference.infer(table, new SchemaOptions("outcome", List.of("ID"), 1000)),
                "ignored column 'ID' is not in the header", "'id', 'age', 'outcome'");
    }

    @Test
    void refusesATableLeftWithoutInputs() {
        RawTable table = RawTable.of("t.csv", List.of("c", "y"), rows(30, r -> new String[] {"7", String.valueOf(r % 2)}));
        assertRefused(() -> SchemaInference.infer(table, new SchemaOptions("y", List.of(), 1000)), "t.csv", "no input column is left", "'c'");
    }

    private static ColumnType typeOf(int rows, IntFunction<String> value) {
        Schema schema = SchemaInference.infer(column("c", rows, value), SchemaOptions.DEFAULT).schema();
        assertThat(schema.names()).containsExactly("c");
        return schema.columns().get(0).type();
    }

    private static RawTable column(String name, int rows, IntFunction<String> value) {
        return RawTable.of("t.csv", List.of(name), rows(rows, r -> new String[] {value.apply(r)}));
    }

    private static List<String[]> rows(int count, IntFunction<String[]> row) {
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            rows.add(row.apply(r));
        }
        return rows;
    }
}
