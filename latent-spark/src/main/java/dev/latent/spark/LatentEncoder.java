package dev.latent.spark;

import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Rows to codes: a {@code Vector} column of the posterior mean of each row (an AE's code), as
 * {@code latent encode} writes them, or with {@code sample} one draw z ~ q(z|x) whose noise is
 * seeded by {@code seed} and the row's own values, so the same row gets the same sample however
 * the data is partitioned.
 */
public final class LatentEncoder extends LatentStage<LatentEncoder> {
    private static final long serialVersionUID = 1L;
    private final Param<String> outputCol;
    private final BooleanParam sample;
    private final LongParam seed;

    public LatentEncoder() {
        this(Identifiable.randomUID("latentEncoder"));
    }

    public LatentEncoder(String uid) {
        super(uid);
        this.outputCol = new Param<>(this, "outputCol", "the column of codes (an ML Vector of d values)");
        this.sample = new BooleanParam(this, "sample", "draw z ~ q(z|x) instead of taking the posterior mean (a VAE)");
        this.seed = new LongParam(this, "seed", "the noise seed of sample");
        setDefault(outputCol, "latent");
        setDefault(sample, false);
        setDefault(seed, 1L);
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public BooleanParam sample() {
        return sample;
    }

    public LongParam seed() {
        return seed;
    }

    public LatentEncoder setOutputCol(String column) {
        return with(outputCol, column);
    }

    public LatentEncoder setSample(boolean draw) {
        return with(sample, draw);
    }

    public LatentEncoder setSeed(long noiseSeed) {
        return with(seed, noiseSeed);
    }

    public static MLReader<LatentEncoder> read() {
        return new StageReader<>(LatentEncoder.class);
    }

    public static LatentEncoder load(String path) {
        return read().load(path);
    }

    @Override
    List<StructField> outputFields(ModelFacts facts) {
        return List.of(DataTypes.createStructField(getOrDefault(outputCol), SQLDataTypes.VectorType(), true));
    }

    @Override
    PartitionBatches.Compute compute(ModelFacts facts, ModelLocation location) {
        boolean draw = (Boolean) getOrDefault(sample);
        long noiseSeed = (Long) getOrDefault(seed);
        int d = facts.latentDim();
        return (model, x, count) -> {
            float[] codes = draw ? model.sampleCodes(x, count, RowSeeds.of(noiseSeed, x, count)) : model.encodeMeans(x, count);
            Object[][] out = new Object[count][];
            for (int i = 0; i < count; i++) {
                double[] code = new double[d];
                for (int j = 0; j < d; j++) {
                    code[j] = codes[i * d + j];
                }
                out[i] = new Object[] {Vectors.dense(code)};
            }
            return out;
        };
    }
}
