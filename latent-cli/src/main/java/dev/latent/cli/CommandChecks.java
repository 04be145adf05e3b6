package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.data.ImageShape;
import dev.latent.data.Examples;
import dev.latent.store.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks shared by the commands that read a model and write a file. */
final class CommandChecks {
    private CommandChecks() {}

    static void sameShape(TrainedModel trained, Split split) {
        ImageShape data = Examples.shape(split.test());
        if (!data.equals(trained.config().model().input())) {
            throw new InvalidInputException("the data's images are " + data + " but the model was trained on " + trained.config().model().input()
                    + "; pass the --data it was trained on");
        }
    }

    static void countInRange(String option, int count, int max) {
        if (count < 1 || count > max) {
            throw new InvalidInputException(option + " must be between 1 and " + max + ", got " + count);
        }
    }

    /** Refuses a table model for a command that draws images. */
    static void imageModel(Path dir, String command) {
        if (Files.isRegularFile(dir.resolve(dev.latent.store.ModelFiles.COLUMNS))) {
            throw new InvalidInputException(dir + " holds a table model, and " + command + " draws images; for a table use evaluate, encode, "
                    + "sample (CSV rows) and score (per-row and per-column nats)");
        }
    }

    /** The output's folder must exist (or be creatable) and the output must not be a directory. */
    static void writableFile(Path out) {
        if (Files.isDirectory(out)) {
            throw new InvalidInputException(out + " is a directory; give a file name for --out");
        }
    }
}
