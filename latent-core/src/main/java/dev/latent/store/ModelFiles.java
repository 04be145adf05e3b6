package dev.latent.store;

import dev.latent.data.SplitPlan;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.eval.Threshold;
import dev.latent.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The optional files of a model directory beside config.json and the weights: {@code
 * columns.json} (a table's column transforms), {@code split.json} (how the rows were divided) and
 * {@code threshold.json} (the anomaly threshold chosen at training, with its origin).
 */
public final class ModelFiles {
    public static final String COLUMNS = "columns.json";
    public static final String SPLIT = SplitPlan.FILE;
    public static final String THRESHOLD = "threshold.json";

    private ModelFiles() {}

    /** A table model's column transforms; empty for an image model. */
    public static Optional<ColumnTransforms> columns(Path dir) {
        Path file = dir.resolve(COLUMNS);
        return Files.isRegularFile(file) ? Optional.of(ColumnTransforms.read(file)) : Optional.empty();
    }

    /** How the model's rows were divided; empty for a model trained without a plan (images, no validation). */
    public static Optional<SplitPlan> plan(Path dir) {
        Path file = dir.resolve(SPLIT);
        return Files.isRegularFile(file) ? Optional.of(Json.read(file, SplitPlan.class)) : Optional.empty();
    }

    /** The threshold recorded at training; empty when none was. */
    public static Optional<Threshold> threshold(Path dir) {
        Path file = dir.resolve(THRESHOLD);
        return Files.isRegularFile(file) ? Optional.of(Json.read(file, Threshold.class)) : Optional.empty();
    }

    static void write(Path file, Object value) {
        try {
            if (value instanceof ColumnTransforms columns) {
                columns.write(file);
            } else {
                Json.write(file, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
