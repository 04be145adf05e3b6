package dev.latent.spark;

import dev.latent.InvalidInputException;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.store.AdversarialConfig;
import dev.latent.store.ModelFiles;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainedModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What the three latent stages share: the model directory ({@code modelPath}, any Hadoop path),
 * the input column, batches of {@code batchSize} rows per call to the model, and bad rows either
 * kept, with null outputs and their reason in {@code errorCol}, or failing the task under
 * {@code failOnError}. Saved in a Pipeline with a copy of the model's files (see {@link StageWriter}).
 */
public abstract class LatentStage<S extends LatentStage<S>> extends Transformer implements MLWritable {
    private static final long serialVersionUID = 1L;
    private final String uid;
    private final Param<String> modelPath;
    private final Param<String> inputCol;
    private final IntParam batchSize;
    private final Param<String> errorCol;
    private final BooleanParam failOnError;

    protected LatentStage(String uid) {
        this.uid = uid;
        this.modelPath = new Param<>(this, "modelPath", "the model directory written by latent train (any Hadoop path)");
        this.inputCol = new Param<>(this, "inputCol", "the input column of an image model (ignored by table models, which read their own columns)");
        this.batchSize = new IntParam(this, "batchSize", "rows per call to the model (bounds the memory a task holds)", ParamValidators.inRange(1, 65_536));
        this.errorCol = new Param<>(this, "errorCol", "a column for each bad row's reason (null for good rows); empty for none");
        this.failOnError = new BooleanParam(this, "failOnError", "fail the task on the first bad row instead of giving null outputs");
        setDefault(inputCol, "image");
        setDefault(batchSize, 256);
        setDefault(errorCol, "latent_error");
        setDefault(failOnError, false);
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> modelPath() {
        return modelPath;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public IntParam batchSize() {
        return batchSize;
    }

    public Param<String> errorCol() {
        return errorCol;
    }

    public BooleanParam failOnError() {
        return failOnError;
    }

    public S setModelPath(String path) {
        return with(modelPath, path);
    }

    public S setInputCol(String column) {
        return with(inputCol, column);
    }

    public S setBatchSize(int rows) {
        return with(batchSize, rows);
    }

    public S setErrorCol(String column) {
        return with(errorCol, column);
    }

    public S setFailOnError(boolean fail) {
        return with(failOnError, fail);
    }

    /** Sets {@code param} and returns this stage, for the subclasses' setters. */
    @SuppressWarnings("unchecked")
    <T> S with(Param<T> param, T value) {
        set(param, value);
        return (S) this;
    }

    /** The stage's new columns, for a model with these facts. */
    abstract List<StructField> outputFields(ModelFacts facts);

    /** How a batch of good rows becomes those columns' values. */
    abstract PartitionBatches.Compute compute(ModelFacts facts, ModelLocation location);

    /** How rows are read: an encoder's and a scorer's read the model's input, a decoder's codes. */
    RowInputs inputs(StructType schema, ModelFacts facts) {
        if (!facts.hasEncoder()) {
            throw InvalidInputException.of("modelPath", getOrDefault(modelPath) + " holds a GAN, which has no encoder; use LatentDecoder with it");
        }
        return RowInputs.of(schema, getOrDefault(inputCol), facts.columns());
    }

    @Override
    public StructType transformSchema(StructType schema) {
        ModelFacts facts = facts();
        inputs(schema, facts);
        List<StructField> fields = new ArrayList<>(List.of(schema.fields()));
        List<StructField> added = new ArrayList<>(outputFields(facts));
        if (!getOrDefault(errorCol).isEmpty()) {
            added.add(DataTypes.createStructField(getOrDefault(errorCol), DataTypes.StringType, true));
        }
        for (StructField field : added) {
            if (List.of(schema.fieldNames()).contains(field.name())) {
                throw InvalidInputException.of("outputCol", "output column '" + field.name() + "' is already in the data; choose another name");
            }
            fields.add(field);
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        StructType out = transformSchema(dataset.schema());
        ModelFacts facts = facts();
        ModelLocation location = location(dataset.sparkSession());
        PartitionBatches batches = new PartitionBatches(location, inputs(dataset.schema(), facts), compute(facts, location),
                outputFields(facts).size(), (Integer) getOrDefault(batchSize), !getOrDefault(errorCol).isEmpty(), (Boolean) getOrDefault(failOnError));
        return dataset.toDF().mapPartitions(batches, Encoders.row(out));
    }

    @Override
    public S copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    @Override
    public MLWriter write() {
        return new StageWriter(this);
    }

    ModelLocation location(SparkSession spark) {
        if (!isDefined(modelPath)) {
            throw InvalidInputException.of("modelPath", "no model directory: set modelPath to a directory written by latent train");
        }
        return new ModelLocation(getOrDefault(modelPath), spark.sparkContext().hadoopConfiguration());
    }

    /** The model's config and columns, read on the driver from its JSON files alone. */
    ModelFacts facts() {
        Path dir = location(SparkSession.active()).local(List.of(TrainedModel.CONFIG, ModelFiles.COLUMNS));
        RunConfig config = TrainedModel.readConfig(dir);
        if (config.model().conditional()) {
            throw InvalidInputException.of("modelPath", getOrDefault(modelPath) + " is a conditional model, which reads each row's label;"
                    + " the Spark stages take none yet: use latent encode, or a model trained without --conditional");
        }
        ColumnTransforms columns = ModelFiles.columns(dir).orElse(null);
        return new ModelFacts(config, columns, !(config.objective() instanceof AdversarialConfig));
    }

    /** What the driver knows of the model before any executor loads it. */
    record ModelFacts(RunConfig config, ColumnTransforms columns, boolean hasEncoder) {
        int latentDim() {
            return config.model().latentDim();
        }
    }
}
