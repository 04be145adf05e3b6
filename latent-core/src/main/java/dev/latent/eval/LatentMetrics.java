package dev.latent.eval;

import dev.latent.model.LatentModel;
import dev.latent.model.Posterior;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.NoGrad;
import dev.latent.nn.Rows;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.KlDivergence;
import dev.latent.objective.Likelihood;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Numbers about the shape of a latent space (the seed's claims, measured). */
public final class LatentMetrics {
    /** Burda et al.'s threshold on Cov_x(E_q[z_d]) for a unit to count as active. */
    public static final double ACTIVE_THRESHOLD = 0.01;

    private LatentMetrics() {}

    /** The mean KL of each latent dimension over the images, nats (d). */
    public static double[] klPerDimension(VariationalAutoencoder model, Tensor images) {
        int d = model.config().latentDim();
        double[] sums = new double[d];
        long count = images.size(0);
        try (NoGrad noGrad = NoGrad.open()) {
            for (long from = 0; from < count; from += Evaluator.CHUNK) {
                try (TensorScope scope = TensorScope.open()) {
                    Posterior q = model.posterior(images.slice(from, Math.min(count, from + Evaluator.CHUNK)));
                    double[] chunk = KlDivergence.perDimension(q).sum(0).toDoubleArray();
                    for (int j = 0; j < d; j++) {
                        sums[j] += chunk[j];
                    }
                }
            }
        }
        for (int j = 0; j < d; j++) {
            sums[j] /= count;
        }
        return sums;
    }

    /** Dimensions whose posterior mean varies across inputs: Var_x(E_q[z_d]) > 0.01 (Burda et al. 2015). */
    public static int activeUnits(double[] means, int n, int d) {
        int active = 0;
        for (double variance : Moments.variances(means, n, d)) {
            active += variance > ACTIVE_THRESHOLD ? 1 : 0;
        }
        return active;
    }

    /** Mean over queries of the share of its k nearest reference codes that share its label. */
    public static double knnAccuracy(Tensor queries, int[] queryLabels, Tensor reference, int[] referenceLabels, int k) {
        int agree = 0;
        long n = queries.size(0);
        try (NoGrad noGrad = NoGrad.open()) {
            for (long from = 0; from < n; from += 500) {
                try (TensorScope scope = TensorScope.open()) {
                    Tensor distances = Rows.squaredDistances(queries.slice(from, Math.min(n, from + 500)), reference);
                    long[] nearest = Rows.smallestIndices(distances, k).toLongArray();
                    for (int row = 0; row < nearest.length / k; row++) {
                        for (int j = 0; j < k; j++) {
                            agree += referenceLabels[(int) nearest[row * k + j]] == queryLabels[(int) from + row] ? 1 : 0;
                        }
                    }
                }
            }
        }
        return (double) agree / (n * k);
    }

    /** The distance from each row of a to its nearest row of b (Euclidean), chunked. */
    public static double[] nearestDistances(Tensor a, Tensor b) {
        long n = a.size(0);
        double[] out = new double[(int) n];
        try (NoGrad noGrad = NoGrad.open()) {
            for (long from = 0; from < n; from += 200) {
                try (TensorScope scope = TensorScope.open()) {
                    double[] chunk = Rows.minimum(Rows.squaredDistances(a.slice(from, Math.min(n, from + 200)), b)).sqrt().toDoubleArray();
                    System.arraycopy(chunk, 0, out, (int) from, chunk.length);
                }
            }
        }
        return out;
    }

    /**
     * The share of prior samples whose nearest training code is within the typical code-to-code
     * distance. Codes are split: up to 1,000 (at most half) are held out, and the typical distance
     * is the median distance from a held-out code to its nearest code in the rest; each prior
     * sample is measured against the same rest. Samples distributed like the codes are therefore
     * covered about half the time (0.5 is the ideal); holes in the latent space push it towards 0.
     */
    public static double priorCoverage(Tensor priorSamples, Tensor trainCodes) {
        long n = trainCodes.size(0);
        long held = Math.max(1, Math.min(1000, n / 2));
        Tensor reference = trainCodes.slice(held, n);
        double typical = median(nearestDistances(trainCodes.slice(0, held), reference));
        int covered = 0;
        for (double distance : nearestDistances(priorSamples, reference)) {
            covered += distance <= typical ? 1 : 0;
        }
        return (double) covered / priorSamples.size(0);
    }

    /**
     * Mean squared change per pixel between consecutive decoded frames on straight lines between
     * random pairs of codes (lower is smoother).
     */
    public static double interpolationSmoothness(LatentModel model, Likelihood likelihood, double[] codes, int n, int d, int pairs, int steps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] path = new float[pairs * (steps + 1) * d];
        for (int p = 0; p < pairs; p++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            for (int t = 0; t <= steps; t++) {
                double w = (double) t / steps;
                for (int j = 0; j < d; j++) {
                    path[(p * (steps + 1) + t) * d + j] = (float) ((1 - w) * codes[a * d + j] + w * codes[b * d + j]);
                }
            }
        }
        float[] frames = Inference.decodeMeans(model, likelihood, Tensor.of(path, (long) pairs * (steps + 1), d));
        int pixels = frames.length / (pairs * (steps + 1));
        double sum = 0;
        for (int p = 0; p < pairs; p++) {
            for (int t = 0; t < steps; t++) {
                int first = (p * (steps + 1) + t) * pixels;
                for (int i = 0; i < pixels; i++) {
                    double change = frames[first + pixels + i] - frames[first + i];
                    sum += change * change;
                }
            }
        }
        return sum / ((double) pairs * steps * pixels);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
