package dev.latent.data.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.latent.InvalidInputException;
import dev.latent.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which columns of a table are inputs and how each is encoded, which one holds labels, and which
 * are left out. Saved as JSON ({@code latent schema} prints it) so that a user can edit it and give
 * it back:
 *
 * <pre>{@code
 * {"columns": [{"name": "age", "type": "numeric"}, {"name": "smoker", "type": "boolean"}],
 *  "label_column": "outcome", "ignored": ["patient_id"]}
 * }</pre>
 *
 * Columns of a file that the schema does not name are not used.
 *
 * @param columns the inputs, in the order they are encoded; fitting needs at least one (an empty
 *     list serves where only the label column matters)
 * @param labelColumn the column of labels, or null
 * @param ignored columns left out (named so that the file says what was decided), possibly empty
 */
public record Schema(List<ColumnSpec> columns, String labelColumn, List<String> ignored) {
    public Schema {
        columns = columns == null ? List.of() : List.copyOf(columns);
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
        Set<String> names = new HashSet<>();
        for (ColumnSpec column : columns) {
            if (!names.add(column.name())) {
                throw InvalidInputException.of("data", "the schema names column " + Refusals.show(column.name()) + " twice; name each column once");
            }
        }
        if (labelColumn != null && names.contains(labelColumn)) {
            throw InvalidInputException.of("data", "the label column " + Refusals.show(labelColumn)
                    + " is also an input column of the schema; remove it from \"columns\"");
        }
        for (String column : ignored) {
            if (column == null || names.contains(column)) {
                throw InvalidInputException.of("data", "the schema both uses and ignores column " + Refusals.show(String.valueOf(column))
                        + "; remove it from \"columns\" or from \"ignored\"");
            }
        }
    }

    /** Reads a schema file written by {@link #write} (and maybe edited). */
    public static Schema read(Path file) {
        return Json.read(file, Schema.class);
    }

    /** Writes the schema as JSON. */
    public void write(Path file) throws IOException {
        Json.write(file, this);
    }

    /** The schema as indented JSON, ending with a newline. */
    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a schema of strings cannot fail to serialise", e);
        }
    }

    /** The input column names, in order. */
    public List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /**
     * Refuses a file that lacks an input column of this schema.
     *
     * @param header the file's column names
     * @param name the file's name, for the message
     */
    public void check(List<String> header, String name) {
        Set<String> present = new HashSet<>(header);
        List<String> missing = new ArrayList<>();
        for (ColumnSpec column : columns) {
            if (!present.contains(column.name())) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            throw Refusals.data(name, "the schema's " + (missing.size() == 1 ? "column " : "columns ") + Refusals.list(missing)
                    + (missing.size() == 1 ? " is" : " are") + " not in the header (columns: " + Refusals.list(header)
                    + "); fix the schema or give a file with these columns");
        }
    }
}
