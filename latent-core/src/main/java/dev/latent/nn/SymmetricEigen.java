package dev.latent.nn;

import org.bytedeco.pytorch.T_TensorTensor_T;
import org.bytedeco.pytorch.global.torch;

/**
 * The eigendecomposition {@code S = V diag(values) V^T} of a symmetric matrix S (d, d), by
 * libtorch's {@code linalg_eigh} (which reads the lower triangle).
 *
 * @param values (d), ascending
 * @param vectors (d, d), the matching unit eigenvectors as columns
 */
public record SymmetricEigen(Tensor values, Tensor vectors) {
    public static SymmetricEigen of(Tensor symmetric) {
        T_TensorTensor_T result = torch.linalg_eigh(symmetric.handle);
        return new SymmetricEigen(new Tensor(result.get0()), new Tensor(result.get1()));
    }
}
