package dev.latent.data.table;

import dev.latent.InvalidInputException;
import java.util.List;

/**
 * What schema inference is told.
 *
 * @param labelColumn the column that holds labels (kept out of the inputs), or null
 * @param ignore columns to leave out of the inputs
 * @param maxCategories the most distinct values a categorical column may have
 */
public record SchemaOptions(String labelColumn, List<String> ignore, int maxCategories) {
    /** No label, nothing ignored, at most 1000 categories. */
    public static final SchemaOptions DEFAULT = new SchemaOptions(null, List.of(), 1000);

    public SchemaOptions {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        if (maxCategories < 2) {
            throw InvalidInputException.of("maxCategories", "maxCategories must be at least 2, got " + maxCategories);
        }
        if (labelColumn != null && ignore.contains(labelColumn)) {
            throw InvalidInputException.of("ignore", "the label column " + Refusals.show(labelColumn)
                    + " is also in ignore; a label column is left out of the inputs already, so leave it out of ignore");
        }
    }

    /** These options with another label column. */
    public SchemaOptions withLabelColumn(String column) {
        return new SchemaOptions(column, ignore, maxCategories);
    }
}
