package dev.latent.spark;

import dev.latent.eval.AnomalyScore;
import dev.latent.eval.Threshold;
import dev.latent.eval.ThresholdRule;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Rows to anomaly scores, as {@code latent score} gives them: {@code score} (elbo: the negative
 * ELBO at the posterior mean, nats; nll: the importance-weighted NLL, nats, a VAE only;
 * reconstruction: the squared distance to the mean reconstruction) and a boolean {@code flagCol},
 * true over the threshold that {@code threshold} takes from the validation rows held out at
 * training (quantile:Q, f1, value:X), computed once on the driver.
 */
public final class LatentScorer extends LatentStage<LatentScorer> {
    private static final long serialVersionUID = 1L;
    private final Param<String> scoreCol;
    private final Param<String> flagCol;
    private final Param<String> score;
    private final Param<String> threshold;
    private final IntParam importanceSamples;
    private final LongParam seed;

    public LatentScorer() {
        this(Identifiable.randomUID("latentScorer"));
    }

    public LatentScorer(String uid) {
        super(uid);
        this.scoreCol = new Param<>(this, "scoreCol", "the column of scores (double)");
        this.flagCol = new Param<>(this, "flagCol", "the column of flags (boolean: score over the threshold); empty for none");
        this.score = new Param<>(this, "score", "elbo, nll or reconstruction, as latent score --score");
        this.threshold = new Param<>(this, "threshold", "quantile:Q, f1 or value:X, as latent score --threshold");
        this.importanceSamples = new IntParam(this, "importanceSamples", "K for the nll score", ParamValidators.inRange(1, 100_000));
        this.seed = new LongParam(this, "seed", "the noise seed of the nll score");
        setDefault(scoreCol, "score");
        setDefault(flagCol, "flagged");
        setDefault(score, "elbo");
        setDefault(threshold, "quantile:0.99");
        setDefault(importanceSamples, 100);
        setDefault(seed, 1L);
    }

    public Param<String> scoreCol() {
        return scoreCol;
    }

    public Param<String> flagCol() {
        return flagCol;
    }

    public Param<String> score() {
        return score;
    }

    public Param<String> threshold() {
        return threshold;
    }

    public IntParam importanceSamples() {
        return importanceSamples;
    }

    public LongParam seed() {
        return seed;
    }

    public LatentScorer setScoreCol(String column) {
        return with(scoreCol, column);
    }

    public LatentScorer setFlagCol(String column) {
        return with(flagCol, column);
    }

    public LatentScorer setScore(String kind) {
        return with(score, kind);
    }

    public LatentScorer setThreshold(String rule) {
        return with(threshold, rule);
    }

    public LatentScorer setImportanceSamples(int k) {
        return with(importanceSamples, k);
    }

    public LatentScorer setSeed(long noiseSeed) {
        return with(seed, noiseSeed);
    }

    public static MLReader<LatentScorer> read() {
        return new StageReader<>(LatentScorer.class);
    }

    public static LatentScorer load(String path) {
        return read().load(path);
    }

    /** The threshold the flags use, with where it came from (computed on the driver from the validation rows). */
    public Threshold chosenThreshold() {
        ModelLocation location = location(SparkSession.active());
        return ExecutorModels.forDriver(location).threshold(ThresholdRule.parse(getOrDefault(threshold)), kind(),
                (Integer) getOrDefault(importanceSamples), (Long) getOrDefault(seed));
    }

    private AnomalyScore kind() {
        return AnomalyScore.parse(getOrDefault(score));
    }

    private boolean flags() {
        return !getOrDefault(flagCol).isEmpty();
    }

    @Override
    List<StructField> outputFields(ModelFacts facts) {
        kind();
        if (flags()) {
            ThresholdRule.parse(getOrDefault(threshold));
        }
        List<StructField> fields = new ArrayList<>(List.of(DataTypes.createStructField(getOrDefault(scoreCol), DataTypes.DoubleType, true)));
        if (flags()) {
            fields.add(DataTypes.createStructField(getOrDefault(flagCol), DataTypes.BooleanType, true));
        }
        return fields;
    }

    @Override
    PartitionBatches.Compute compute(ModelFacts facts, ModelLocation location) {
        AnomalyScore kind = kind();
        int k = (Integer) getOrDefault(importanceSamples);
        long noiseSeed = (Long) getOrDefault(seed);
        // Threshold is a record, not Serializable: the closure carries its value alone
        boolean flags = flags();
        double over = flags ? chosenThreshold().value() : Double.NaN;
        return (model, x, count) -> {
            double[] scores = model.scores(x, count, kind, k, noiseSeed);
            Object[][] out = new Object[count][];
            for (int i = 0; i < count; i++) {
                out[i] = flags ? new Object[] {scores[i], scores[i] > over} : new Object[] {scores[i]};
            }
            return out;
        };
    }
}
