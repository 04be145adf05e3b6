package dev.latent.viz;

import dev.latent.objective.Terms;
import dev.latent.train.MetricsLog;
import dev.latent.eval.TestEvaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Inference;
import dev.latent.eval.Moments;
import dev.latent.eval.Pca;
import dev.latent.model.ModelKind;
import dev.latent.nn.Tensor;
import dev.latent.store.TrainedModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pictures of a latent space: scatter, manifold, interpolations, traversals, training curves. */
public final class LatentPictures {
    private LatentPictures() {}

    /** Test codes (n, d) in 2-D coloured by label; PCA to 2-D when d > 2, said on the axes. */
    public static BufferedImage scatter(String title, double[] codes, int n, int d, int[] labels) {
        double[] x = new double[n];
        double[] y = new double[n];
        String xLabel = "z_0";
        String yLabel = d > 1 ? "z_1" : "0";
        if (d > 2) {
            Pca pca = Pca.fit(codes, n, d, 2);
            double[] projected = pca.project(codes, n);
            for (int i = 0; i < n; i++) {
                x[i] = projected[2 * i];
                y[i] = projected[2 * i + 1];
            }
            xLabel = String.format("PC1 of %d-D means (%.0f%% of variance)", d, 100 * pca.explainedVarianceRatio()[0]);
            yLabel = String.format("PC2 (%.0f%%)", 100 * pca.explainedVarianceRatio()[1]);
        } else {
            for (int i = 0; i < n; i++) {
                x[i] = codes[i * d];
                y[i] = d > 1 ? codes[i * d + 1] : 0;
            }
        }
        return Charts.scatter(x, y, labels, title, xLabel, yLabel, 520, 420);
    }

    /**
     * For 2-D latents: decoded images on a side x side grid of codes spaced evenly in prior
     * probability, z = (Phi^-1(p_i), Phi^-1(p_j)), p from 0.05 to 0.95 (Kingma and Welling, fig. 4).
     */
    public static BufferedImage manifold(TrainedModel trained, int side) {
        float[] z = new float[side * side * 2];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                z[(i * side + j) * 2] = (float) NormalQuantile.of(0.05 + 0.9 * j / (side - 1));
                z[(i * side + j) * 2 + 1] = (float) NormalQuantile.of(0.95 - 0.9 * i / (side - 1));
            }
        }
        float[] images = decode(trained, Tensor.of(z, side * side, 2), frame -> 0);
        return Pictures.grid(images, side * side, trained.config().model().input(), side);
    }

    /**
     * Rows of decoded codes on paths between pairs of test codes: straight lines, and for a VAE
     * also great-circle (spherical) paths, which keep the norm typical of N(0, I) samples.
     */
    public static BufferedImage interpolations(TrainedModel trained, double[] codes, int n, int d, int pairs, int steps, boolean spherical) {
        return interpolations(trained, codes, null, n, d, pairs, steps, spherical);
    }

    /** As above, a conditional model decoding each path with the label of the code it starts from ({@code labels}, N). */
    public static BufferedImage interpolations(TrainedModel trained, double[] codes, int[] labels, int n, int d, int pairs, int steps,
            boolean spherical) {
        float[] path = new float[pairs * steps * d];
        for (int p = 0; p < pairs; p++) {
            int a = (p * 2) % n;
            int b = (p * 2 + 1) % n;
            for (int t = 0; t < steps; t++) {
                double w = (double) t / (steps - 1);
                double[] point = spherical ? slerp(codes, a, b, d, w) : lerp(codes, a, b, d, w);
                for (int j = 0; j < d; j++) {
                    path[(p * steps + t) * d + j] = (float) point[j];
                }
            }
        }
        float[] images = decode(trained, Tensor.of(path, pairs * steps, d), frame -> labels == null ? 0 : labels[(frame / steps * 2) % n]);
        return Pictures.grid(images, pairs * steps, trained.config().model().input(), steps);
    }

    /**
     * One row per latent dimension (the {@code rows} with the largest spread of test means), each
     * moving that dimension alone across [-3, 3] spreads from the mean code, the others fixed.
     */
    public static BufferedImage traversals(TrainedModel trained, double[] codes, int n, int d, int rows, int steps) {
        double[] mean = Moments.mean(codes, n, d);
        double[] variance = Moments.variances(codes, n, d);
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            order.add(j);
        }
        order.sort((p, q) -> Double.compare(variance[q], variance[p]));
        int shown = Math.min(rows, d);
        boolean vae = trained.config().model().kind() == ModelKind.VAE;
        float[] z = new float[shown * steps * d];
        for (int r = 0; r < shown; r++) {
            int dim = order.get(r);
            double spread = vae ? 1.0 : Math.sqrt(variance[dim]);
            for (int t = 0; t < steps; t++) {
                for (int j = 0; j < d; j++) {
                    z[(r * steps + t) * d + j] = (float) mean[j];
                }
                z[(r * steps + t) * d + dim] = (float) ((vae ? 0 : mean[dim]) + spread * (-3 + 6.0 * t / (steps - 1)));
            }
        }
        float[] images = decode(trained, Tensor.of(z, shown * steps, d), frame -> frame / steps); // a conditional model's row r asks class r
        return Pictures.grid(images, shown * steps, trained.config().model().input(), steps);
    }

    /**
     * The mean images of codes z; a conditional model decodes frame i with label {@code labelOf(i)}
     * modulo its classes (the manifold is drawn for class 0, traversal row r for class r).
     */
    private static float[] decode(TrainedModel trained, Tensor z, java.util.function.IntUnaryOperator labelOf) {
        int classes = Conditioning.classes(trained.model());
        int[] labels = null;
        if (classes > 0) {
            labels = new int[Math.toIntExact(z.size(0))];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = labelOf.applyAsInt(i) % classes;
            }
        }
        return Inference.decodeMeans(trained.model(), trained.likelihood(), z, Conditioning.tensor(labels));
    }

    /** Every number in nats per image of metrics.jsonl (train and test terms; a GAN's two losses) against the epoch. */
    public static BufferedImage trainingCurves(Path modelDir) {
        List<JsonNode> lines = MetricsLog.read(modelDir.resolve(TrainedModel.METRICS)); // a bad file is bad input, not a failed write
        int n = lines.size();
        double[] epochs = new double[n];
        Map<String, double[][]> series = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            JsonNode node = lines.get(i);
            epochs[i] = node.path(MetricsLog.EPOCH).asDouble();
            for (var names = node.fieldNames(); names.hasNext(); ) {
                String key = names.next();
                if (key.endsWith("_nats")) {
                    series.computeIfAbsent(key.substring(0, key.length() - "_nats".length()).replace('_', ' '),
                            k -> new double[][] {epochs, filled(n)})[1][i] = node.path(key).asDouble(Double.NaN);
                }
            }
        }
        return Charts.lines("Training curves", "epoch", "nats per image", series, 520, 360);
    }

    private static double[] filled(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static double[] lerp(double[] codes, int a, int b, int d, double w) {
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            out[j] = (1 - w) * codes[a * d + j] + w * codes[b * d + j];
        }
        return out;
    }

    /** Spherical interpolation (Shoemake 1985; White 2016 for generative models). */
    private static double[] slerp(double[] codes, int a, int b, int d, double w) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int j = 0; j < d; j++) {
            dot += codes[a * d + j] * codes[b * d + j];
            na += codes[a * d + j] * codes[a * d + j];
            nb += codes[b * d + j] * codes[b * d + j];
        }
        double cos = Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb + 1e-30)));
        double omega = Math.acos(cos);
        if (omega < 1e-6) {
            return lerp(codes, a, b, d, w);
        }
        double s = Math.sin(omega);
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            out[j] = Math.sin((1 - w) * omega) / s * codes[a * d + j] + Math.sin(w * omega) / s * codes[b * d + j];
        }
        return out;
    }
}
