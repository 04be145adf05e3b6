package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.data.DataSources;
import dev.latent.data.ImageOptions;
import dev.latent.data.ImageShape;
import dev.latent.data.Split;
import dev.latent.data.SplitPlan;
import dev.latent.data.TableData;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.table.CsvOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data of a model directory's model, read as the model saw it: images loaded at the model's
 * size, or a table split and encoded with the model's own columns.json and split.json.
 */
public final class ModelData {
    private ModelData() {}

    /** The model's training data ({@code config.data().source()}). */
    public static Split of(Path dir, RunConfig config, CsvOptions csv) {
        return load(dir, config, config.data().source(), csv, null);
    }

    /**
     * Data {@code spec} for the model in {@code dir}: for a table model a CSV (or directory) split and
     * encoded with the model's columns; for an image model images at its size, or as {@code images} says.
     */
    public static Split load(Path dir, RunConfig config, String spec, CsvOptions csv, ImageOptions images) {
        Optional<ColumnTransforms> columns = ModelFiles.columns(dir);
        if (columns.isPresent()) {
            if (!TableData.isTable(spec)) {
                throw InvalidInputException.of("data", spec + ": not a CSV table, but the model in " + dir + " reads table rows; give a .csv file or a directory with train.csv");
            }
            SplitPlan plan = ModelFiles.plan(dir).orElseThrow(() -> new InvalidInputException(dir.resolve(ModelFiles.SPLIT) + ": missing; "
                    + dir + " holds a table model without its split plan; train it again"));
            return TableData.forModel(spec, columns.get(), plan, csv);
        }
        if (TableData.isTable(spec)) {
            throw InvalidInputException.of("data", spec + ": a CSV table, but the model in " + dir + " reads images; give image data or a table model");
        }
        ImageShape shape = config.data().shape();
        return DataSources.load(spec, images != null ? images : new ImageOptions(shape.channels(), shape.height(), shape.width()));
    }
}
