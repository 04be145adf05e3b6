package dev.latent.explore;

import dev.latent.InvalidInputException;
import dev.latent.api.BatchModel;
import dev.latent.data.Dataset;
import dev.latent.data.Images;
import dev.latent.data.Split;
import dev.latent.eval.LatentSpaceNumbers;
import dev.latent.eval.Moments;
import dev.latent.eval.Pca;
import dev.latent.model.FittedGaussian;
import dev.latent.model.LatentPrior;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * One model as the page sees it, fixed at start-up: the test images' mean codes, their PCA plane
 * through the codes' mean, the prior it samples (N(0, I) for a VAE; for an AE, which has none, a
 * Gaussian fitted to its test codes) and, computed in the background, the latent-space numbers of
 * {@code evaluate --full}. Safe to share between the server's threads: everything is read-only.
 */
public final class ModelView {
    /** Prior samples and seed of the background numbers: those of {@code evaluate --full}'s defaults. */
    static final int NUMBER_SAMPLES = 1000;
    static final long NUMBER_SEED = 1;

    private final String name;
    private final BatchModel model;
    private final Dataset test;
    private final float[] codes;
    private final Pca plane;
    private final double[] map;
    private final double[] codeSd;
    private final LatentPrior prior;
    private final long testDigest;
    private final CompletableFuture<LatentSpaceNumbers> numbers;

    private ModelView(String name, BatchModel model, Dataset test, float[] codes, Pca plane, double[] map, double[] codeSd,
            LatentPrior prior, CompletableFuture<LatentSpaceNumbers> numbers) {
        this.name = name;
        this.model = model;
        this.test = test;
        this.codes = codes;
        this.plane = plane;
        this.map = map;
        this.codeSd = codeSd;
        this.prior = prior;
        this.testDigest = Arrays.hashCode(test.images().pixels());
        this.numbers = numbers;
    }

    /**
     * Loads {@code dir}, encodes the first {@code maxPoints} test images of {@code data} (which must
     * be the model's kind of images) and starts computing the latent-space numbers on all of it.
     */
    public static ModelView load(Path dir, Split data, int maxPoints) {
        BatchModel model = BatchModel.load(dir);
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        if (!model.hasEncoder()) {
            throw InvalidInputException.of("models", name + " has no encoder (a GAN); explore maps the codes of an AE or a VAE");
        }
        if (data.test().isTable()) {
            throw InvalidInputException.of("models", "explore draws images; " + name + "'s data is a table");
        }
        if (data.test().images().pixelsPerImage() != model.inputWidth()) {
            throw InvalidInputException.of("data", "the images have " + data.test().images().pixelsPerImage() + " values, " + name
                    + " takes " + model.inputWidth() + "; pass the --data the model was trained on");
        }
        Dataset test = data.test().slice(0, Math.min(maxPoints, data.test().size()));
        int n = test.size();
        int d = model.latentDim();
        if (n < 2) {
            throw InvalidInputException.of("data", "the test split has " + n + " image; a map needs at least 2");
        }
        float[] codes = model.encodeMeans(test.images().toFloats(), n, labels(model, test));
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = codes[i];
        }
        Pca plane = Pca.fit(x, n, d, Math.min(2, d));
        double[] sd = Moments.variances(x, n, d);
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j]);
        }
        LatentPrior prior = model.variational() ? new LatentPrior.StandardNormal(d) : fitted(codes, n, d);
        var trained = model.trained();
        CompletableFuture<LatentSpaceNumbers> numbers = CompletableFuture.supplyAsync(
                () -> LatentSpaceNumbers.of(trained.autoencoder(), trained.likelihood(), data, NUMBER_SAMPLES, NUMBER_SEED),
                BackgroundWork.EXECUTOR);
        return new ModelView(name, model, test, codes, plane, plane.project(x, n), sd, prior, numbers);
    }

    /** A conditional model's test labels (it encodes each image with its own); null for others. */
    private static int[] labels(BatchModel model, Dataset test) {
        if (model.conditionClasses() == 0) {
            return null;
        }
        if (!test.hasLabels()) {
            throw InvalidInputException.of("data", "a conditional model encodes each image with its label, and this test split has none;"
                    + " pass the --data the model was trained on");
        }
        return test.labels();
    }

    /** A conditional model's classes (0 for others). */
    public int classes() {
        return model.conditionClasses();
    }

    private static LatentPrior fitted(float[] codes, int n, int d) {
        try (TensorScope scope = TensorScope.open()) {
            return FittedGaussian.fit(Tensor.of(codes, n, d));
        }
    }

    public String name() {
        return name;
    }

    public BatchModel model() {
        return model;
    }

    public Dataset test() {
        return test;
    }

    public int latentDim() {
        return model.latentDim();
    }

    public Pca plane() {
        return plane;
    }

    /** Test image i's coordinates on the PCA plane: (n, components) row-major. */
    public double[] map() {
        return map;
    }

    /** The test codes' standard deviation per latent dimension. */
    public double[] codeSd() {
        return codeSd;
    }

    /** What "sample from the prior" draws from, in words. */
    public String priorName() {
        return model.variational() ? "the prior N(0, I)" : "a Gaussian fitted to the AE's test codes (an AE has no prior)";
    }

    /** Equal for two views over the same test images, so the page may link them. */
    public long testDigest() {
        return testDigest;
    }

    /** The latent-space numbers once computed (null until then); a failure rethrows. */
    public LatentSpaceNumbers numbersIfReady() {
        return numbers.isDone() ? numbers.join() : null;
    }

    /**
     * The decoder's mean image of each of the {@code count} codes in {@code z}, as bytes 0-255
     * ({@link Images#level}), C*H*W each; a conditional model decodes every code with {@code label}
     * (ignored by others).
     */
    public int[] decode(float[] z, int count, int label) {
        int[] labels = null;
        if (classes() > 0) {
            labels = new int[count];
            Arrays.fill(labels, label);
        }
        float[] mean = model.decodeMeans(z, count, labels);
        int[] pixels = new int[mean.length];
        for (int i = 0; i < mean.length; i++) {
            pixels[i] = Images.level(mean[i]);
        }
        return pixels;
    }

    /** One draw from {@link #priorName()}, reproducible from {@code seed}. */
    public float[] samplePrior(long seed) {
        try (TensorScope scope = TensorScope.open()) {
            return prior.sample(1, RandomSource.seeded(seed)).toFloatArray();
        }
    }

    /** The test image at {@code index}, as bytes 0-255, C*H*W. */
    public int[] image(int index) {
        Images images = test.images();
        int per = images.pixelsPerImage();
        int[] pixels = new int[per];
        for (int p = 0; p < per; p++) {
            pixels[p] = images.pixels()[index * per + p] & 0xff;
        }
        return pixels;
    }

    /** Test image i's mean code. */
    public float[] code(int index) {
        int d = latentDim();
        return Arrays.copyOfRange(codes, index * d, (index + 1) * d);
    }

    /** Every test code's value in latent dimension j. */
    public double[] dimension(int j) {
        int d = latentDim();
        double[] out = new double[test.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = codes[i * d + j];
        }
        return out;
    }
}
