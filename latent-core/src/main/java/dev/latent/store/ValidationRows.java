package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.data.Dataset;
import dev.latent.data.ImageShape;
import dev.latent.eval.AnomalyScore;
import dev.latent.eval.AnomalyScorer;
import dev.latent.eval.Threshold;
import dev.latent.eval.ThresholdRule;
import dev.latent.io.SafeTensors;
import dev.latent.model.LatentModel;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import dev.latent.io.SafeTensors.TensorData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The validation split held out at training, saved in the model directory as {@code
 * validation.safetensors} (tensors {@code x}, the encoded examples (N, C, H, W), and {@code
 * labels}, as float class indices or -1 when unlabelled), so a threshold can be chosen from its
 * scores later without the training data. The metadata records the anomaly label.
 *
 * @param x the examples, N * C * H * W floats as the model reads them
 * @param count N
 * @param labels class indices, or null when unlabelled
 * @param anomalyClass the class index named anomalous at training, or -1
 */
public record ValidationRows(float[] x, int count, int[] labels, int anomalyClass) {
    public static final String FILE = "validation.safetensors";

    /** The rows of {@code validation}, with anomalies of class {@code anomalyClass} (-1: none named). */
    public static ValidationRows of(Dataset validation, int anomalyClass) {
        float[] values = validation.features().tensor().toFloatArray();
        return new ValidationRows(values, validation.size(), validation.labels(), anomalyClass);
    }

    /** Whether each row is of the anomalous class (all false when none was named). */
    public boolean[] anomalous() {
        boolean[] out = new boolean[count];
        if (labels != null && anomalyClass >= 0) {
            for (int i = 0; i < count; i++) {
                out[i] = labels[i] == anomalyClass;
            }
        }
        return out;
    }

    /** The scores of these rows under {@code model}, as {@code scorer} computes them. */
    public double[] scores(AnomalyScorer scorer, ImageShape shape) {
        try (TensorScope scope = TensorScope.open()) {
            return scorer.scores(Tensor.of(x, shape.batch(count)));
        }
    }

    /** The default threshold ({@link ThresholdRule#DEFAULT}) of the default score over these rows: what training records. */
    public Threshold threshold(LatentModel model, Likelihood likelihood, ImageShape shape) {
        AnomalyScorer scorer = new AnomalyScorer(model, likelihood, AnomalyScore.NEGATIVE_ELBO, 1, 0);
        return Threshold.choose(ThresholdRule.DEFAULT, scores(scorer, shape), anomalous(), new double[0], AnomalyScore.NEGATIVE_ELBO.column());
    }

    /** Writes {@code dir/validation.safetensors} (atomically). */
    public void save(Path dir, ImageShape shape) {
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        long[] dims = shape.batch(count);
        tensors.put("x", new TensorData(dims, x));
        float[] flat = new float[count];
        Arrays.fill(flat, -1f);
        if (labels != null) {
            for (int i = 0; i < count; i++) {
                flat[i] = labels[i];
            }
        }
        tensors.put("labels", new TensorData(new long[] {count}, flat));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "latent-validation");
        metadata.put("anomaly_class", Integer.toString(anomalyClass));
        metadata.put("labelled", Boolean.toString(labels != null));
        try {
            SafeTensors.write(dir.resolve(FILE), tensors, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** The validation rows of model directory {@code dir}, checked against the model's input {@code shape}; empty when none were held out. */
    public static Optional<ValidationRows> load(Path dir, ImageShape shape) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SafeTensors.Contents contents = SafeTensors.read(file);
        TensorData x = contents.tensors().get("x");
        TensorData labels = contents.tensors().get("labels");
        if (x == null || labels == null || x.shape().length != 4 || !Arrays.equals(Arrays.copyOfRange(x.shape(), 1, 4), Arrays.copyOfRange(shape.batch(1), 1, 4))
                || labels.shape().length != 1 || labels.shape()[0] != x.shape()[0]) {
            throw new InvalidInputException(file + ": does not hold validation rows of shape " + shape + "; train the model again");
        }
        int count = (int) x.shape()[0];
        int anomalyClass = parse(contents.metadata().getOrDefault("anomaly_class", "-1"), file);
        int[] classes = null;
        if (Boolean.parseBoolean(contents.metadata().getOrDefault("labelled", "false"))) {
            classes = new int[count];
            for (int i = 0; i < count; i++) {
                classes[i] = Math.round(labels.values()[i]);
            }
        }
        return Optional.of(new ValidationRows(x.values(), count, classes, anomalyClass));
    }

    private static int parse(String value, Path file) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file + ": anomaly_class '" + value + "' is not a number; train the model again", e);
        }
    }
}
