package dev.latent.eval;

/**
 * Principal component analysis of the rows of an (n, d) matrix: the top eigenvectors of the
 * covariance. Each axis's sign is fixed so its largest-magnitude component is positive, so the
 * pictures do not flip between runs.
 *
 * @param mean (d)
 * @param axes (components, d) row-major, unit length
 * @param explainedVarianceRatio the share of the total variance along each axis
 */
public record Pca(double[] mean, double[] axes, double[] explainedVarianceRatio) {
    public static Pca fit(double[] x, int n, int d, int components) {
        Eigen eigen = Eigen.of(Moments.covariance(x, n, d), d);
        double total = 0;
        for (double value : eigen.values()) {
            total += Math.max(value, 0);
        }
        int k = Math.min(components, d);
        double[] axes = new double[k * d];
        double[] ratio = new double[k];
        for (int c = 0; c < k; c++) {
            int largest = 0;
            for (int j = 0; j < d; j++) {
                if (Math.abs(eigen.vectors()[j * d + c]) > Math.abs(eigen.vectors()[largest * d + c])) {
                    largest = j;
                }
            }
            double sign = Math.signum(eigen.vectors()[largest * d + c]) < 0 ? -1 : 1;
            for (int j = 0; j < d; j++) {
                axes[c * d + j] = sign * eigen.vectors()[j * d + c];
            }
            ratio[c] = total > 0 ? Math.max(eigen.values()[c], 0) / total : 0;
        }
        return new Pca(Moments.mean(x, n, d), axes, ratio);
    }

    public int components() {
        return explainedVarianceRatio.length;
    }

    /** The coordinates of each row along the axes: (n, components). */
    public double[] project(double[] x, int n) {
        int d = mean.length;
        int k = components();
        double[] out = new double[n * k];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += (x[i * d + j] - mean[j]) * axes[c * d + j];
                }
                out[i * k + c] = dot;
            }
        }
        return out;
    }
}
