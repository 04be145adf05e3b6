package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.Objects;

/**
 * A training split and a test split of images of one shape.
 *
 * @param train the training split
 * @param test the test split
 * @param source what {@link DataSources#load} was given to load it ({@code mnist-10k} or a
 *     directory), so a saved model can name its data; null for data made in code
 */
public record Split(Dataset train, Dataset test, String source) {
    /** Two splits made in code (no source to load them from again). */
    public Split(Dataset train, Dataset test) {
        this(train, test, null);
    }

    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        Images a = train.images();
        Images b = test.images();
        if (a.channels() != b.channels() || a.height() != b.height() || a.width() != b.width()) {
            throw new InvalidInputException(test.name() + ": images are " + b.channels() + "x" + b.height() + "x" + b.width() + " but " + train.name()
                    + " has " + a.channels() + "x" + a.height() + "x" + a.width() + "; both splits must have one shape");
        }
    }

    /** The same splits, loaded from {@code spec}. */
    public Split from(String spec) {
        return new Split(train, test, spec);
    }

    /** One example's shape (both splits share it). */
    public ImageShape shape() {
        return Examples.shape(train);
    }
}
