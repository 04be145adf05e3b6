package dev.latent.api;

import dev.latent.InvalidInputException;
import dev.latent.data.Dataset;
import dev.latent.data.Examples;
import dev.latent.data.ImageShape;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Evaluator;
import dev.latent.eval.Inference;
import dev.latent.eval.Priors;
import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.model.LatentPrior;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainedModel;
import java.nio.file.Path;

/**
 * A trained autoencoder or VAE, as the Java API hands it out: evaluate it, map images to codes
 * and back, sample, save. Images are rows of C*H*W values in [0, 1] (channel planes, row-major);
 * codes are rows of d values.
 */
public final class Model {
    private final TrainedModel trained;

    Model(TrainedModel trained) {
        this.trained = trained;
    }

    /** Reconstruction, KL and negative ELBO on {@code data}, nats per image (one seeded sample of z each). */
    public Evaluation evaluate(Dataset data) {
        checkShape(Examples.shape(data));
        try (TensorScope scope = TensorScope.open()) {
            return Evaluator.evaluate(model(), likelihood(), Examples.images(data), Conditioning.labels(model(), data), null);
        }
    }

    /** The mean code of each image (the AE's code, the VAE's posterior mean): N rows of d. */
    public float[][] encode(Dataset data) {
        checkShape(Examples.shape(data));
        try (TensorScope scope = TensorScope.open()) {
            return rows(Inference.encodeMeans(model(), Examples.images(data), Conditioning.labels(model(), data)).toFloatArray(), latentDim());
        }
    }

    /** The mean code of each image given as a row of C*H*W values in [0, 1]. */
    public float[][] encode(float[][] images) {
        return encode(images, null);
    }

    /** As {@link #encode(float[][])}, image i with label {@code labels[i]}: what a conditional model needs (null for others). */
    public float[][] encode(float[][] images, int[] labels) {
        try (TensorScope scope = TensorScope.open()) {
            Tensor x = tensor(images, shape().size(), shape().batch(images.length));
            return rows(Inference.encodeMeans(model(), x, labels(labels, images.length)).toFloatArray(), latentDim());
        }
    }

    /** The decoder's mean image E[x|z] of each code: rows of C*H*W values in [0, 1]. */
    public float[][] decode(float[][] codes) {
        return decode(codes, null);
    }

    /** As {@link #decode(float[][])}, code i decoded with label {@code labels[i]} (a conditional model's; null for others). */
    public float[][] decode(float[][] codes, int[] labels) {
        try (TensorScope scope = TensorScope.open()) {
            Tensor z = tensor(codes, latentDim(), new long[] {codes.length, latentDim()});
            return rows(Inference.decodeMeans(generator(), likelihood(), z, labels(labels, codes.length)), shape().size());
        }
    }

    /** A conditional model's classes (0 for others). */
    public int conditionClasses() {
        return Conditioning.classes(generator());
    }

    private Tensor labels(int[] labels, int rows) {
        return Conditioning.checked(conditionClasses(), labels, rows, "labels");
    }

    /**
     * {@code count} new images from codes drawn from the prior, seeded. A VAE samples N(0, I); an AE
     * has no prior, and needs {@link #sample(int, long, Dataset)}. A conditional model's samples
     * ask for its classes in turn (0, 1, ..., C-1, 0, ...).
     */
    public float[][] sample(int count, long seed) {
        if (generator() instanceof dev.latent.model.Autoencoder) {
            throw InvalidInputException.of("data", "an autoencoder has no prior to sample; pass its training data so a Gaussian can be fitted to its codes");
        }
        return sample(count, seed, null);
    }

    /** As {@link #sample(int, long)}; for an AE, from a Gaussian fitted to its codes of {@code train}. */
    public float[][] sample(int count, long seed, Dataset train) {
        if (count < 1) {
            throw InvalidInputException.of("count", "the number of samples must be >= 1, got " + count);
        }
        try (TensorScope scope = TensorScope.open()) {
            LatentPrior prior = Priors.of(generator(), train);
            Tensor asked = Conditioning.tensor(Conditioning.asked(generator(), count)); // a conditional model's classes in turn
            return rows(Inference.decodeMeans(generator(), likelihood(), prior.sample(count, RandomSource.seeded(seed)), asked), shape().size());
        }
    }

    /** Writes config.json and model.safetensors into {@code dir}, each atomically. */
    public void save(Path dir) {
        trained.save(dir);
    }

    /** How the model was made, as config.json records it. */
    public RunConfig config() {
        return trained.config();
    }

    /** The dimension d of a code. */
    public int latentDim() {
        return trained.config().model().latentDim();
    }

    /** One example's shape. */
    public ImageShape shape() {
        return trained.config().model().input();
    }

    /** The model directory's view of this model, for the lower-level packages (eval, viz). */
    public TrainedModel trained() {
        return trained;
    }

    private LatentModel model() {
        return trained.autoencoder();
    }

    private Generator generator() {
        return trained.model();
    }

    private Likelihood likelihood() {
        return trained.likelihood();
    }

    private void checkShape(ImageShape data) {
        if (!data.equals(shape())) {
            throw InvalidInputException.of("data", "the data's images are " + data + " but the model takes " + shape());
        }
    }

    private static Tensor tensor(float[][] rows, int width, long[] shape) {
        float[] flat = new float[Math.multiplyExact(rows.length, width)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw InvalidInputException.of("rows", "row " + i + " has " + rows[i].length + " values; the model takes " + width);
            }
            System.arraycopy(rows[i], 0, flat, i * width, width);
        }
        return Tensor.of(flat, shape);
    }

    private static float[][] rows(float[] flat, int width) {
        float[][] out = new float[flat.length / width][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return out;
    }
}
