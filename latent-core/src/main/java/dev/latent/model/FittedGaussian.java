package dev.latent.model;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;

/**
 * A full-covariance Gaussian N(m, S) fitted to codes (maximum likelihood), sampled as
 * {@code z = m + L eps} with {@code S = L L^T} (Cholesky). A plain autoencoder has no prior; this
 * is the fairest stand-in, and its samples still show the holes in an AE's latent space.
 *
 * @param mean m (d)
 * @param cholesky L (d x d, lower triangular, row-major)
 */
public record FittedGaussian(double[] mean, double[] cholesky) implements LatentPrior {
    /** Fits N(m, S) to codes (N, d); a small jitter keeps S positive definite. */
    public static FittedGaussian fit(Tensor codes) {
        int n = Math.toIntExact(codes.size(0));
        int d = Math.toIntExact(codes.size(1));
        double[] z = codes.toDoubleArray();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += z[i * d + j] / n;
            }
        }
        double[] covariance = new double[d * d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double da = z[i * d + a] - mean[a];
                for (int b = 0; b <= a; b++) {
                    covariance[a * d + b] += da * (z[i * d + b] - mean[b]) / n;
                }
            }
        }
        return new FittedGaussian(mean, cholesky(covariance, d));
    }

    /** Lower-triangular L with L L^T = S (+ jitter on the diagonal); reads S's lower triangle. */
    static double[] cholesky(double[] s, int d) {
        double trace = 0;
        for (int i = 0; i < d; i++) {
            trace += s[i * d + i];
        }
        double jitter = 1e-6 * Math.max(trace / d, 1e-12);
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = s[i * d + j] + (i == j ? jitter : 0);
                for (int k = 0; k < j; k++) {
                    sum -= l[i * d + k] * l[j * d + k];
                }
                l[i * d + j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * d + j];
            }
        }
        return l;
    }

    @Override
    public Tensor sample(int count, RandomSource noise) {
        int d = mean.length;
        double[] eps = noise.standardNormal(count, d).toDoubleArray();
        float[] z = new float[count * d];
        for (int i = 0; i < count; i++) {
            for (int a = 0; a < d; a++) {
                double value = mean[a];
                for (int b = 0; b <= a; b++) {
                    value += cholesky[a * d + b] * eps[i * d + b];
                }
                z[i * d + a] = (float) value;
            }
        }
        return Tensor.of(z, count, d);
    }

    @Override
    public String describe() {
        return "z ~ N(m, S) fitted to the autoencoder's training codes (an AE has no prior of its own)";
    }
}
