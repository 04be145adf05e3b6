package dev.latent.spark;

import dev.latent.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.MLReader;
import scala.Option;

/** Loads what {@link StageWriter} saved: the params, and {@code modelPath} pointing at the saved copy of the model. */
final class StageReader<S extends LatentStage<S>> extends MLReader<S> {
    private final Class<S> type;

    StageReader(Class<S> type) {
        this.type = type;
    }

    @Override
    public S load(String path) {
        DefaultParamsReader.Metadata metadata = DefaultParamsReader.loadMetadata(path, sparkSession(), type.getName());
        S stage;
        try {
            stage = type.getConstructor(String.class).newInstance(metadata.uid());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(type.getName() + " has no public (String uid) constructor", e);
        }
        metadata.getAndSetParams(stage, Option.empty());
        Path model = new Path(path, StageWriter.MODEL);
        try {
            if (!model.getFileSystem(sparkSession().sparkContext().hadoopConfiguration()).exists(model)) {
                throw new InvalidInputException(path + ": no " + StageWriter.MODEL + "/ folder with the model's files; save the stage again");
            }
        } catch (java.io.IOException e) {
            throw new InvalidInputException(path + ": cannot read (" + e.getMessage() + ")");
        }
        return stage.setModelPath(model.toString());
    }
}
