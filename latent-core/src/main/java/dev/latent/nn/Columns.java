package dev.latent.nn;

import java.util.List;
import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;

/**
 * Column-wise operations on matrices (B, D), one row per example: picking and joining feature
 * columns, for likelihoods that treat groups of features differently (a table's numeric and
 * categorical columns).
 */
public final class Columns {
    private Columns() {}

    /** The columns at {@code indices} (int64, from {@link Tensor#indices}), in that order: (B, k). */
    public static Tensor select(Tensor matrix, Tensor indices) {
        return new Tensor(matrix.handle.index_select(1, indices.handle));
    }

    /** Columns {@code from} (inclusive) to {@code from + width} (exclusive): (B, width), a view. */
    public static Tensor range(Tensor matrix, long from, long width) {
        return new Tensor(matrix.handle.narrow(1, from, width));
    }

    /** The matrices side by side: (B, sum of widths). */
    public static Tensor concat(List<Tensor> matrices) {
        TensorVector parts = new TensorVector();
        for (Tensor matrix : matrices) {
            parts.push_back(matrix.handle);
        }
        return new Tensor(torch.cat(parts, 1));
    }

    /** {@code vector} (k) repeated as every row of a (rows, k) matrix (a broadcast view; gradients sum over rows). */
    public static Tensor broadcastRows(Tensor vector, long rows) {
        return new Tensor(vector.handle.reshape(1, -1).expand(rows, vector.size(0)));
    }

    /** Each value limited to [lo, hi]; the gradient is 0 where a value was limited. */
    public static Tensor clamp(Tensor values, double lo, double hi) {
        return new Tensor(values.handle.clamp(new org.bytedeco.pytorch.ScalarOptional(new Scalar(lo)), new org.bytedeco.pytorch.ScalarOptional(new Scalar(hi))));
    }

    /** One row per label: 1 in column {@code labels[b]} of {@code classes} columns, else 0 (float32, no gradient). */
    public static Tensor oneHot(Tensor labels, int classes) {
        return new Tensor(torch.one_hot(labels.handle.to(torch.ScalarType.Long), classes).to(torch.ScalarType.Float));
    }

    /** The matrix product a b: (B, D) x (D, C) to (B, C), b taken in a's precision. */
    public static Tensor product(Tensor a, Tensor b) {
        return new Tensor(torch.matmul(a.handle, b.handle.type_as(a.handle)));
    }
}
