package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Examples (images or table rows) with optional labels.
 *
 * @param name where the data came from, for messages ("mnist-10k/train")
 * @param features the examples
 * @param labels one label (a class index) per example, or null for unlabelled data
 */
public record Dataset(String name, Features features, int[] labels) {
    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(features, "features");
        if (labels != null && labels.length != features.count()) {
            throw new IllegalArgumentException(name + ": " + labels.length + " labels for " + features.count() + " examples");
        }
    }

    /**
     * The images, for what draws or classifies pictures.
     *
     * @throws InvalidInputException when the examples are table rows
     */
    public Images images() {
        if (features instanceof Images images) {
            return images;
        }
        throw InvalidInputException.of("data", name + ": holds table rows, not images, and this draws or classifies images; for a table use evaluate, encode, sample (CSV) and score (per-row and per-column nats)");
    }

    /** Whether the examples are table rows. */
    public boolean isTable() {
        return features instanceof TableRows;
    }

    /**
     * The table rows.
     *
     * @throws InvalidInputException when the examples are images
     */
    public TableRows table() {
        if (features instanceof TableRows rows) {
            return rows;
        }
        throw InvalidInputException.of("data", name + ": holds images, not table rows; this needs a CSV table");
    }

    public boolean hasLabels() {
        return labels != null;
    }

    public int size() {
        return features.count();
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Dataset slice(int from, int to) {
        return new Dataset(name, features.slice(from, to), labels == null ? null : Arrays.copyOfRange(labels, from, to));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that && name.equals(that.name) && features.equals(that.features) && Arrays.equals(labels, that.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, features, Arrays.hashCode(labels));
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + features + (labels == null ? ", unlabelled" : ", labelled") + "]";
    }
}
