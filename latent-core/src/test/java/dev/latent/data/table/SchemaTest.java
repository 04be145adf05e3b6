package dev.latent.data.table;

import static dev.latent.data.table.CsvRefusalTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A schema as a user sees it: JSON to print, edit and give back, and the checks on it. */
class SchemaTest {
    private static final Schema SCHEMA = new Schema(List.of(new ColumnSpec("age", ColumnType.NUMERIC),
            new ColumnSpec("city", ColumnType.CATEGORICAL), new ColumnSpec("smoker", ColumnType.BOOLEAN)), "outcome", List.of("id"));

    @TempDir
    Path dir;

    @Test
    void savesAsSnakeCaseJsonAndReadsBackEqual() throws IOException {
        Path file = dir.resolve("schema.json");
        SCHEMA.write(file);
        assertThat(Schema.read(file)).isEqualTo(SCHEMA);
        assertThat(Files.readString(file)).isEqualTo(SCHEMA.toJson());
        assertThat(SCHEMA.toJson()).contains("\"label_column\" : \"outcome\"", "\"type\" : \"numeric\"", "\"type\" : \"boolean\"", "\"ignored\" : [ \"id\" ]")
                .doesNotContain("names");
    }

    @Test
    void readsAHandEditedSchemaWithoutALabel() throws IOException {
        Path file = dir.resolve("edited.json");
        Files.writeString(file, "{\"columns\": [{\"name\": \"zip\", \"type\": \"categorical\"}], \"label_column\": null, \"ignored\": []}");
        assertThat(Schema.read(file)).isEqualTo(new Schema(List.of(new ColumnSpec("zip", ColumnType.CATEGORICAL)), null, List.of()));
    }

    @Test
    void refusesABadSchemaFileWithOneLineNamingIt() throws IOException {
        assertRefusedFile("type.json", "{\"columns\": [{\"name\": \"a\", \"type\": \"text\"}], \"label_column\": null, \"ignored\": []}", "text");
        assertRefusedFile("typo.json", "{\"columns\": [{\"name\": \"a\", \"type\": \"numeric\"}], \"label\": null, \"ignored\": []}", "label");
        assertRefusedFile("twice.json", "{\"columns\": [{\"name\": \"a\", \"type\": \"numeric\"}, {\"name\": \"a\", \"type\": \"boolean\"}],"
                + " \"label_column\": null, \"ignored\": []}", "'a' twice");
        assertRefusedFile("label.json", "{\"columns\": [{\"name\": \"a\", \"type\": \"numeric\"}], \"label_column\": \"a\", \"ignored\": []}", "also an input");
    }

    @Test
    void aSchemaWithoutInputsReadsButCannotBeFitted() throws IOException {
        Path file = dir.resolve("none.json");
        Files.writeString(file, "{\"columns\": [], \"label_column\": \"y\", \"ignored\": []}");
        Schema labelOnly = Schema.read(file);
        assertThat(labelOnly.labelColumn()).isEqualTo("y");
        RawTable table = RawTable.of("t.csv", List.of("x", "y"), List.of(new String[] {"1", "a"}, new String[] {"2", "b"}));
        assertRefused(() -> ColumnTransforms.fit(labelOnly, table), "t.csv", "names no input column");
    }

    @Test
    void checkRefusesAFileWithoutAColumnOfTheSchema() {
        SCHEMA.check(List.of("id", "smoker", "city", "age", "extra"), "ok.csv");
        assertRefused(() -> SCHEMA.check(List.of("age", "smoker"), "new.csv"), "new.csv", "column 'city' is not in the header", "'age', 'smoker'");
        assertRefused(() -> SCHEMA.check(List.of("x"), "new.csv"), "columns 'age', 'city', 'smoker' are not in the header");
    }

    @Test
    void columnsNeedANameAndAType() {
        assertThatThrownBy(() -> new ColumnSpec("", ColumnType.NUMERIC)).isInstanceOf(InvalidInputException.class).hasMessageContaining("no name");
        assertThatThrownBy(() -> new ColumnSpec("a", null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("'a' has no type");
        assertThatThrownBy(() -> new SchemaOptions("y", List.of("y"), 10)).isInstanceOf(InvalidInputException.class).hasMessageContaining("also in ignore");
        assertThatThrownBy(() -> new SchemaOptions(null, List.of(), 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("maxCategories");
    }

    private void assertRefusedFile(String name, String json, String phrase) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        assertThatThrownBy(() -> Schema.read(file)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains(name, phrase).doesNotContain("\n"));
    }
}
