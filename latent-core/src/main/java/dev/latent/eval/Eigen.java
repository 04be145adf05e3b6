package dev.latent.eval;

import dev.latent.nn.SymmetricEigen;
import dev.latent.nn.Tensor;

/**
 * Eigendecomposition of a symmetric matrix (libtorch's {@code linalg_eigh}, in float64).
 *
 * @param values eigenvalues, largest first
 * @param vectors the matching unit eigenvectors as columns, row-major (d x d)
 */
public record Eigen(double[] values, double[] vectors) {
    public static Eigen of(double[] symmetric, int d) {
        SymmetricEigen decomposition = SymmetricEigen.of(Tensor.of(symmetric, d, d));
        double[] ascending = decomposition.values().toDoubleArray();
        double[] columns = decomposition.vectors().toDoubleArray();
        double[] values = new double[d];
        double[] vectors = new double[d * d];
        for (int k = 0; k < d; k++) {
            int from = d - 1 - k;
            values[k] = ascending[from];
            for (int row = 0; row < d; row++) {
                vectors[row * d + k] = columns[row * d + from];
            }
        }
        return new Eigen(values, vectors);
    }

    /** V f(L) V^T with f applied to the eigenvalues clamped at 0: the PSD square root for f = sqrt. */
    public double[] apply(java.util.function.DoubleUnaryOperator f) {
        int d = values.length;
        double[] out = new double[d * d];
        for (int k = 0; k < d; k++) {
            double scale = f.applyAsDouble(Math.max(values[k], 0));
            for (int i = 0; i < d; i++) {
                double vik = vectors[i * d + k] * scale;
                for (int j = 0; j < d; j++) {
                    out[i * d + j] += vik * vectors[j * d + k];
                }
            }
        }
        return out;
    }
}
