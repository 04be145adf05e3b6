package dev.latent.data.table;

import java.util.List;

/**
 * What schema inference found.
 *
 * @param schema the columns and their types
 * @param notes one line each about what was decided for the user (a constant column dropped, a
 *     numeric column with values that are not numbers)
 */
public record InferredSchema(Schema schema, List<String> notes) {
    public InferredSchema {
        notes = List.copyOf(notes);
    }
}
