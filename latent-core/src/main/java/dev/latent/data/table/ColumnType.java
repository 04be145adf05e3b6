package dev.latent.data.table;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a table column holds, as a schema says it; in JSON "numeric", "categorical" or "boolean". */
public enum ColumnType {
    /** Numbers: standardised, one Gaussian feature (and a was-missing indicator when training had gaps). */
    NUMERIC("numeric"),
    /** A set of levels: one-hot. */
    CATEGORICAL("categorical"),
    /** Two levels such as yes/no or 0/1: one-hot like a categorical column. */
    BOOLEAN("boolean");

    private final String id;

    ColumnType(String id) {
        this.id = id;
    }

    /** The JSON name. */
    @JsonValue
    public String id() {
        return id;
    }
}
