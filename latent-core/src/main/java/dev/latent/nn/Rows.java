package dev.latent.nn;

import org.bytedeco.pytorch.LongOptional;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.global.torch;

/**
 * Row-wise operations on matrices (n, m), one row per example: distances between sets of codes,
 * nearest neighbours and class probabilities, for the evaluation numbers.
 */
public final class Rows {
    private Rows() {}

    /**
     * Squared Euclidean distances between the rows of a (n, d) and b (m, d): (n, m), computed as
     * {@code |a|^2 + |b|^2 - 2 a b^T} (one matrix product) and clamped at 0.
     */
    public static Tensor squaredDistances(Tensor a, Tensor b) {
        Tensor aa = a.square().sum(1).reshape(-1, 1); // (n, 1)
        Tensor bb = b.square().sum(1).reshape(1, -1); // (1, m)
        Tensor products = new Tensor(torch.matmul(a.handle, b.handle.transpose(0, 1))); // (n, m)
        return new Tensor(aa.add(bb).sub(products.mul(2.0)).handle.clamp_min(new Scalar(0.0)));
    }

    /** The smallest value of each row: (n, m) to (n). */
    public static Tensor minimum(Tensor matrix) {
        return new Tensor(matrix.handle.amin(new long[] {1}, false));
    }

    /** The column indices of the k smallest values of each row, smallest first: (n, m) to (n, k) int64. */
    public static Tensor smallestIndices(Tensor matrix, int k) {
        return new Tensor(torch.topk(matrix.handle, k, 1, false, true).get1());
    }

    /** The column index of the largest value of each row: (n, m) to (n) int64. */
    public static Tensor argmax(Tensor matrix) {
        return new Tensor(torch.argmax(matrix.handle, new LongOptional(1), false));
    }

    /** {@code exp(x_ij) / sum_j exp(x_ij)}: each row of logits (n, classes) as probabilities. */
    public static Tensor softmax(Tensor logits) {
        return new Tensor(logits.handle.softmax(1));
    }

    /** {@code x_ij - log sum_j exp(x_ij)}, computed stably: log-probabilities (n, classes). */
    public static Tensor logSoftmax(Tensor logits) {
        return new Tensor(logits.handle.log_softmax(1));
    }
}
