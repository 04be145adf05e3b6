package dev.latent.eval;

import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Chunks;
import dev.latent.nn.Rows;
import dev.latent.nn.Tensor;
import dev.latent.objective.KlDivergence;
import dev.latent.objective.Likelihood;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Numbers about the shape of a latent space (the seed's claims, measured). */
public final class LatentMetrics {
    /** Burda et al.'s threshold on Cov_x(E_q[z_d]) for a unit to count as active. */
    public static final double ACTIVE_THRESHOLD = 0.01;
    /**
     * Values in one chunk's distance matrix (queries x reference rows), which sets the queries per
     * chunk: 2^23 values, 32 MB of float32. A squared-distance chunk keeps about five such matrices
     * until it ends (|a|^2 + |b|^2, a b^T, 2 a b^T, their difference, the clamp), so it peaks near
     * 170 MB whatever the reference size; fixed query counts grew with it (500 queries against
     * 60,000 codes held 0.6 GB).
     */
    static final long DISTANCE_VALUES_PER_CHUNK = 1L << 23;

    private LatentMetrics() {}

    /** The mean KL of each latent dimension over the images, nats (d). */
    public static double[] klPerDimension(VariationalAutoencoder model, Tensor images) {
        return klPerDimension(model, images, null);
    }

    /** As above, each image with its label (a conditional model's; null for others). */
    public static double[] klPerDimension(VariationalAutoencoder model, Tensor images, Tensor labels) {
        int d = model.config().latentDim();
        double[] sums = new double[d];
        Chunks.forEach(images, Evaluator.CHUNK, (from, x) -> {
            double[] chunk = KlDivergence.perDimension(model.posterior(x, Chunks.alongside(labels, from, x))).sum(0).toDoubleArray(); // (d)
            for (int j = 0; j < d; j++) {
                sums[j] += chunk[j];
            }
        });
        for (int j = 0; j < d; j++) {
            sums[j] /= images.size(0);
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
        int perChunk = Chunks.rowsWithin(DISTANCE_VALUES_PER_CHUNK, reference.size(0));
        long[] nearest = Chunks.gatherLongs(queries, perChunk, k, chunk -> Rows.smallestIndices(Rows.squaredDistances(chunk, reference), k).toLongArray());
        long n = queries.size(0);
        int agree = 0;
        for (int row = 0; row < n; row++) {
            for (int j = 0; j < k; j++) {
                agree += referenceLabels[(int) nearest[row * k + j]] == queryLabels[row] ? 1 : 0;
            }
        }
        return (double) agree / (n * k);
    }

    /** The distance from each row of a to its nearest row of b (Euclidean), chunked. */
    public static double[] nearestDistances(Tensor a, Tensor b) {
        int perChunk = Chunks.rowsWithin(DISTANCE_VALUES_PER_CHUNK, b.size(0));
        return Chunks.gatherDoubles(a, perChunk, 1, chunk -> Rows.minimum(Rows.squaredDistances(chunk, b)).sqrt().toDoubleArray());
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
    public static double interpolationSmoothness(Generator model, Likelihood likelihood, double[] codes, int n, int d, int pairs, int steps, long seed) {
        return interpolationSmoothness(model, likelihood, codes, null, n, d, pairs, steps, seed);
    }

    /** As above for a conditional model: each path is decoded with the label of the code it starts from ({@code labels}, N; null for others). */
    public static double interpolationSmoothness(Generator model, Likelihood likelihood, double[] codes, int[] labels, int n, int d, int pairs,
            int steps, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] path = new float[pairs * (steps + 1) * d];
        int[] pathLabels = labels == null ? null : new int[pairs * (steps + 1)];
        for (int p = 0; p < pairs; p++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            for (int t = 0; t <= steps; t++) {
                if (pathLabels != null) {
                    pathLabels[p * (steps + 1) + t] = labels[a];
                }
                double w = (double) t / steps;
                for (int j = 0; j < d; j++) {
                    path[(p * (steps + 1) + t) * d + j] = (float) ((1 - w) * codes[a * d + j] + w * codes[b * d + j]);
                }
            }
        }
        float[] frames = Inference.decodeMeans(model, likelihood, Tensor.of(path, (long) pairs * (steps + 1), d), Conditioning.tensor(pathLabels));
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
