package dev.latent.eval;

/**
 * The Frechet distance between Gaussians fitted to two sets of feature vectors (Heusel et al.
 * 2017): {@code |mu_a - mu_b|^2 + Tr(S_a + S_b - 2 (S_a^1/2 S_b S_a^1/2)^1/2)}. latent computes it
 * in the features of its own small classifier, not Inception's: it is not comparable to FID
 * numbers in papers.
 */
public final class FrechetDistance {
    private FrechetDistance() {}

    public static double between(double[] a, int na, double[] b, int nb, int d) {
        double[] meanA = Moments.mean(a, na, d);
        double[] meanB = Moments.mean(b, nb, d);
        double[] covA = Moments.covariance(a, na, d);
        double[] covB = Moments.covariance(b, nb, d);
        double meanTerm = 0;
        for (int j = 0; j < d; j++) {
            meanTerm += (meanA[j] - meanB[j]) * (meanA[j] - meanB[j]);
        }
        double[] rootA = Eigen.of(covA, d).apply(Math::sqrt);
        double[] inner = multiply(multiply(rootA, covB, d), rootA, d);
        symmetrize(inner, d);
        double traceRoot = 0;
        for (double value : Eigen.of(inner, d).values()) {
            traceRoot += Math.sqrt(Math.max(value, 0));
        }
        double trace = 0;
        for (int j = 0; j < d; j++) {
            trace += covA[j * d + j] + covB[j * d + j];
        }
        return meanTerm + trace - 2 * traceRoot;
    }

    private static double[] multiply(double[] x, double[] y, int d) {
        double[] out = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double xik = x[i * d + k];
                for (int j = 0; j < d; j++) {
                    out[i * d + j] += xik * y[k * d + j];
                }
            }
        }
        return out;
    }

    private static void symmetrize(double[] m, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double mean = 0.5 * (m[i * d + j] + m[j * d + i]);
                m[i * d + j] = mean;
                m[j * d + i] = mean;
            }
        }
    }
}
