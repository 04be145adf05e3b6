package dev.latent.data.table;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How one input column becomes features and back, fitted on the training rows. In JSON the
 * column's {@code "type"} says which: {@code "numeric"} is a {@link NumericTransform},
 * {@code "categorical"} and {@code "boolean"} a {@link CategoricalTransform}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type", visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = NumericTransform.class, name = "numeric"),
    @JsonSubTypes.Type(value = CategoricalTransform.class, names = {"categorical", "boolean"})})
public sealed interface ColumnTransform permits NumericTransform, CategoricalTransform {
    /** The column's name in the header. */
    String name();

    /** The column's type. */
    ColumnType type();

    /** How many features the column takes. */
    int width();

    /** The column's layout blocks when its features start at {@code offset}. */
    List<TableLayout.Block> blocks(int offset);

    /**
     * The column's value from what the likelihood's mean gives for its features.
     *
     * @param means the features' means: a standardised value for a Gaussian feature, a probability
     *     for a Bernoulli one, per-level probabilities for a categorical block
     * @param offset where the column's features start in {@code means}
     * @param rng null for the most probable value, else the source to sample from
     * @return the value as text, "" for a missing value
     */
    String decode(float[] means, int offset, RandomGenerator rng);
}
