package dev.latent.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsWriter;
import org.apache.spark.ml.util.MLWriter;

/**
 * Saves a stage as Spark ML saves its own (metadata with every param), plus a copy of the model's
 * files under {@code model/}: a saved Pipeline then holds the weights it was built with, and keeps
 * giving the same output after the original directory is retrained, moved or deleted. The copy
 * costs the weights' size (a few MB for the models latent trains), once per save.
 */
final class StageWriter extends MLWriter {
    /** Where, under a stage's save folder, its copy of the model directory goes. */
    static final String MODEL = "model";
    private final LatentStage<?> stage;

    StageWriter(LatentStage<?> stage) {
        this.stage = stage;
    }

    @Override
    public void saveImpl(String path) {
        DefaultParamsWriter.saveMetadata(stage, path, sparkSession());
        try {
            stage.location(sparkSession()).copyTo(new Path(path, MODEL).toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the model directory into " + path + ": " + e.getMessage(), e);
        }
    }
}
