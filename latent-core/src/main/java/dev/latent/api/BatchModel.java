package dev.latent.api;

import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.eval.AnomalyScore;
import dev.latent.eval.AnomalyScorer;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Inference;
import dev.latent.eval.Threshold;
import dev.latent.eval.ThresholdRule;
import dev.latent.model.LatentModel;
import dev.latent.model.Reparameterization;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.NoGrad;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.store.ModelFiles;
import dev.latent.store.TrainedModel;
import dev.latent.store.ValidationRows;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A model directory's model for callers that stream rows in flat batches (a Spark partition, a
 * server): D features per row in, d codes, a score or D decoded means per row out. Loaded and
 * validated as the CLI loads it; with its table columns and recorded threshold when it has them.
 *
 * <p>Safe to share between threads: the weights are only read, and each call opens its own tensor
 * scope and no-grad guard (both are per thread).
 */
public final class BatchModel {
    private final TrainedModel trained;
    private final ColumnTransforms columns;
    private final Threshold threshold;
    private final ValidationRows validation;

    private BatchModel(TrainedModel trained, ColumnTransforms columns, Threshold threshold, ValidationRows validation) {
        this.trained = trained;
        this.columns = columns;
        this.threshold = threshold;
        this.validation = validation;
    }

    /**
     * Reads {@code dir}: config.json and model.safetensors, and columns.json, threshold.json and
     * validation.safetensors where they are there.
     */
    public static BatchModel load(Path dir) {
        TrainedModel trained = TrainedModel.load(dir);
        ImageShape shape = trained.config().model().input();
        return new BatchModel(trained, ModelFiles.columns(dir).orElse(null), ModelFiles.threshold(dir).orElse(null),
                ValidationRows.load(dir, shape).orElse(null));
    }

    /** The model as the library's lower layers hold it (config, networks, likelihood), for callers that need more than flat batches. */
    public TrainedModel trained() {
        return trained;
    }

    /** D, the features of one row: C*H*W pixels in [0, 1], or a table's encoded width. */
    public int inputWidth() {
        return shape().size();
    }

    /** d, the dimension of a code. */
    public int latentDim() {
        return trained.config().model().latentDim();
    }

    /** One row's shape as the network sees it. */
    public ImageShape shape() {
        return trained.config().model().input();
    }

    /** Whether it is a VAE (it has a posterior to sample, and an NLL). */
    public boolean variational() {
        return trained.model() instanceof VariationalAutoencoder;
    }

    /** Whether it can encode (an AE or a VAE; a GAN only decodes). */
    public boolean hasEncoder() {
        return trained.model() instanceof LatentModel;
    }

    /** Whether its convolutions favour libtorch's threads over OpenBLAS's (see {@code nn.ThreadPlan}). */
    public boolean convolutional() {
        return trained.config().model().architecture() == dev.latent.model.Architecture.CONV;
    }

    /** The table columns it reads and writes, for a table model. */
    public Optional<ColumnTransforms> columns() {
        return Optional.ofNullable(columns);
    }

    /** The threshold recorded at training (threshold.json), if any. */
    public Optional<Threshold> threshold() {
        return Optional.ofNullable(threshold);
    }

    /**
     * The threshold {@code rule} gives for {@code score}, as {@code latent score --threshold} takes it: from
     * the validation rows held out at training. Contamination needs every score first, which a
     * stream does not have: it is refused, saying what to do instead.
     */
    public Threshold threshold(ThresholdRule rule, AnomalyScore score, int importanceSamples, long seed) {
        if (rule instanceof ThresholdRule.Contamination contamination) {
            throw InvalidInputException.of("threshold", contamination + " needs every row's score before the first flag; score the rows, "
                    + "then flag those over the scores' " + (1 - contamination.share()) + " quantile (approxQuantile in Spark)");
        }
        AnomalyScorer scorer = scorer(score, importanceSamples, seed);
        double[] scores = validation == null ? null : validation.scores(scorer, shape());
        return Threshold.choose(rule, scores, validation == null ? null : validation.anomalous(), null, score.column());
    }

    /** The mean code of each of the {@code count} rows of {@code x}: count * d values. */
    public float[] encodeMeans(float[] x, int count) {
        return encodeMeans(x, count, null);
    }

    /** As above, row i with label {@code labels[i]} for a conditional model; null for others. */
    public float[] encodeMeans(float[] x, int count, int[] labels) {
        try (TensorScope scope = TensorScope.open()) {
            return Inference.encodeMeans(encoder(), input(x, count), labels(labels, count)).toFloatArray();
        }
    }

    /** A conditional model's classes (0 for others). */
    public int conditionClasses() {
        return Conditioning.classes(trained.model());
    }

    private Tensor labels(int[] labels, int count) {
        return Conditioning.checked(conditionClasses(), labels, count, "labels");
    }

    /**
     * One code z ~ q(z|x) per row, with row i's noise drawn from {@code seeds[i]} alone, so a row's
     * sample does not depend on which rows share its batch. An AE has no posterior: its code.
     */
    public float[] sampleCodes(float[] x, int count, long[] seeds) {
        if (!(trained.model() instanceof VariationalAutoencoder vae)) {
            return encodeMeans(x, count);
        }
        int d = latentDim();
        float[] epsilon = new float[count * d];
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(seeds[i]);
            for (int j = 0; j < d; j++) {
                epsilon[i * d + j] = (float) random.nextGaussian();
            }
        }
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            return Reparameterization.sample(vae.posterior(input(x, count)), Tensor.of(epsilon, count, d)).toFloatArray();
        }
    }

    /** The anomaly score of each row, as {@code latent score} computes it (nats; squared distance for reconstruction). */
    public double[] scores(float[] x, int count, AnomalyScore score, int importanceSamples, long seed) {
        try (TensorScope scope = TensorScope.open()) {
            return scorer(score, importanceSamples, seed).score(input(x, count)).scores();
        }
    }

    private AnomalyScorer scorer(AnomalyScore score, int importanceSamples, long seed) {
        if (score == AnomalyScore.NLL && !variational()) {
            throw InvalidInputException.of("score", "the NLL score needs a VAE; this model is an autoencoder: use elbo or reconstruction");
        }
        return new AnomalyScorer(encoder(), trained.likelihood(), score, importanceSamples, seed);
    }

    /** The decoder's mean E[x|z] for each of the {@code count} codes of {@code z}: count * D values. */
    public float[] decodeMeans(float[] z, int count) {
        return decodeMeans(z, count, null);
    }

    /** As above, code i decoded with label {@code labels[i]} for a conditional model; null for others. */
    public float[] decodeMeans(float[] z, int count, int[] labels) {
        try (TensorScope scope = TensorScope.open()) {
            Tensor codes = Tensor.of(checked(z, count, latentDim()), count, latentDim());
            return Inference.decodeMeans(trained.model(), trained.likelihood(), codes, labels(labels, count));
        }
    }

    private LatentModel encoder() {
        return trained.autoencoder();
    }

    private Tensor input(float[] x, int count) {
        return Tensor.of(checked(x, count, inputWidth()), shape().batch(count));
    }

    private static float[] checked(float[] values, int count, int width) {
        if (count < 0 || values.length != (long) count * width) {
            throw new IllegalArgumentException(count + " rows of " + width + " need " + (long) count * width + " values, got " + values.length);
        }
        return values;
    }
}
