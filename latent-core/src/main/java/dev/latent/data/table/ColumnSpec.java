package dev.latent.data.table;

import dev.latent.InvalidInputException;

/**
 * One input column of a schema.
 *
 * @param name the column's name in the header
 * @param type how it is encoded
 */
public record ColumnSpec(String name, ColumnType type) {
    public ColumnSpec {
        if (name == null || name.isEmpty()) {
            throw InvalidInputException.of("data", "a schema column has no name; give every column its name in the header");
        }
        if (type == null) {
            throw InvalidInputException.of("data", "schema column " + Refusals.show(name) + " has no type; give numeric, categorical or boolean");
        }
    }
}
