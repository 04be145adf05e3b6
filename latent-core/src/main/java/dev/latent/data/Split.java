package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.Objects;

/**
 * A training split and a test split of examples of one shape, and optionally a validation split
 * held out of the training data ({@link Holdout}) for anomaly thresholds.
 *
 * @param train the training split
 * @param test the test split
 * @param source what {@link DataSources#load} was given to load it ({@code mnist-10k}, a directory
 *     or a CSV file), so a saved model can name its data; null for data made in code
 * @param validation rows held out of the training data, or null
 */
public record Split(Dataset train, Dataset test, String source, Dataset validation) {
    /** Two splits made in code (no source to load them from again). */
    public Split(Dataset train, Dataset test) {
        this(train, test, null, null);
    }

    /** Two splits loaded from {@code source}, no validation split. */
    public Split(Dataset train, Dataset test, String source) {
        this(train, test, source, null);
    }

    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        sameShape(train, test);
        if (validation != null) {
            sameShape(train, validation);
        }
    }

    private static void sameShape(Dataset train, Dataset other) {
        ImageShape a = train.features().shape();
        ImageShape b = other.features().shape();
        if (!a.equals(b) || train.isTable() != other.isTable()) {
            throw new InvalidInputException(other.name() + ": examples are " + b + " but " + train.name() + " has " + a + "; both splits must have one shape");
        }
    }

    /** The same splits, loaded from {@code spec}. */
    public Split from(String spec) {
        return new Split(train, test, spec, validation);
    }

    /** The same splits with {@code rows} as the validation split. */
    public Split withValidation(Dataset rows) {
        return new Split(train, test, source, rows);
    }

    /** The same test and validation splits, trained on {@code rows}. */
    public Split withTrain(Dataset rows) {
        return new Split(rows, test, source, validation);
    }

    /** Whether a validation split was held out. */
    public boolean hasValidation() {
        return validation != null;
    }

    /** One example's shape (every split shares it). */
    public ImageShape shape() {
        return Examples.shape(train);
    }
}
