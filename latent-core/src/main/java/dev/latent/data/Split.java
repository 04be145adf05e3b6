package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.Objects;

/** A training split and a test split of images of one shape. */
public record Split(Dataset train, Dataset test) {
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
}
