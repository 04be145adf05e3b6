package dev.latent.eval;

import dev.latent.nn.NoGrad;
import dev.latent.nn.Rows;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;

/**
 * Squared Euclidean distances between every row of a set A (n, d) and every row of a set B
 * (m, d), computed one block of rows of A at a time so that native and Java memory stay
 * bounded (a block is (b, m) with {@code b = max(1, floor(valuesPerBlock / m))} rows), and
 * handed over one row at a time.
 *
 * <p>{@code |a_i - b_j|^2 = |a_i|^2 + |b_j|^2 - 2 a_i . b_j}, clamped at 0, after subtracting the
 * mean of A from both sets (distances do not change; the cancellation in the formula shrinks when
 * the features share a large offset, as non-negative ReLU features do). libtorch does the one
 * expensive part, the (b, d) x (d, m) inner products in float64; the norms are added row by row
 * into a buffer of m values that the visitor reads while it is still in cache, which costs less
 * than three more libtorch passes over b x m values.
 *
 * <p>The same rows against the same values always go through the same arithmetic with the same
 * block boundaries, so when B holds the same values as A, the cross distances equal the
 * within-set ones bit for bit: a sample that is a copy of a real point lands exactly on the
 * boundary of a ball, not one rounding error inside or outside it.
 */
final class DistanceBlocks {
    /** Receives the distances of one row of A to every row of B. */
    @FunctionalInterface
    interface RowVisitor {
        /**
         * @param i the row of A
         * @param squared (m): {@code |A_i - B_j|^2} at j; a buffer reused for the next row
         */
        void row(int i, double[] squared);
    }

    private DistanceBlocks() {}

    /**
     * Visits the (n, m) squared distances of a's rows to b's rows, row by row in ascending order.
     *
     * @param a (n, d) row-major
     * @param b (m, d) row-major
     */
    static void visit(double[] a, int n, double[] b, int m, int d, long valuesPerBlock, RowVisitor visitor) {
        double[] mean = Moments.mean(a, n, d);
        double[] aCentred = centred(a, n, d, mean);
        double[] bCentred = centred(b, m, d, mean);
        double[] aNorms = squaredNorms(aCentred, n, d); // (n)
        double[] bNorms = squaredNorms(bCentred, m, d); // (m)
        int rowsPerBlock = (int) Math.max(1, Math.min(n, valuesPerBlock / m));
        double[] row = new double[m];
        try (NoGrad noGrad = NoGrad.open(); TensorScope whole = TensorScope.open()) {
            Tensor rows = Tensor.of(aCentred, n, d);                // (n, d) float64
            Tensor columns = Tensor.of(bCentred, m, d);             // (m, d) float64
            for (int from = 0; from < n; from += rowsPerBlock) {
                int to = Math.min(n, from + rowsPerBlock);
                double[] block;
                try (TensorScope scope = TensorScope.open()) {
                    block = innerProducts(rows.slice(from, to), columns); // (to - from, m)
                }
                for (int r = 0, at = 0; r < to - from; r++) {
                    double aNorm = aNorms[from + r];
                    for (int j = 0; j < m; j++, at++) {
                        row[j] = Math.max(0.0, aNorm + bNorms[j] - 2 * block[at]);
                    }
                    visitor.row(from + r, row);
                }
            }
        }
    }

    /** (b, d) x (m, d)^T to (b, m) row-major: the one libtorch call of the pass. */
    private static double[] innerProducts(Tensor rows, Tensor columns) {
        return Rows.innerProducts(rows, columns).toDoubleArray();
    }

    private static double[] centred(double[] x, int n, int d, double[] mean) {
        double[] out = new double[n * d];
        for (int i = 0, at = 0; i < n; i++) {
            for (int c = 0; c < d; c++, at++) {
                out[at] = x[at] - mean[c];
            }
        }
        return out;
    }

    private static double[] squaredNorms(double[] x, int n, int d) {
        double[] norms = new double[n];
        for (int i = 0, at = 0; i < n; i++) {
            double sum = 0;
            for (int c = 0; c < d; c++, at++) {
                sum += x[at] * x[at];
            }
            norms[i] = sum;
        }
        return norms;
    }
}
