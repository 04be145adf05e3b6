package dev.latent.eval;

/** Means and covariances of the rows of an (n, d) row-major matrix. */
public final class Moments {
    private Moments() {}

    public static double[] mean(double[] x, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        return mean;
    }

    /** The unbiased covariance (n - 1 in the denominator), d x d. */
    public static double[] covariance(double[] x, int n, int d) {
        double[] mean = mean(x, n, d);
        double[] covariance = new double[d * d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = x[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                for (int b = a; b < d; b++) {
                    covariance[a * d + b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                covariance[a * d + b] /= Math.max(1, n - 1);
                covariance[b * d + a] = covariance[a * d + b];
            }
        }
        return covariance;
    }

    /** The variance of each column (n - 1 in the denominator). */
    public static double[] variances(double[] x, int n, int d) {
        double[] mean = mean(x, n, d);
        double[] variance = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = x[i * d + j] - mean[j];
                variance[j] += c * c;
            }
        }
        for (int j = 0; j < d; j++) {
            variance[j] /= Math.max(1, n - 1);
        }
        return variance;
    }
}
