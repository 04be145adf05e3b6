package dev.latent.nn;

import org.bytedeco.pytorch.Scalar;
import org.bytedeco.pytorch.global.torch;

/**
 * Element-wise functions the objectives' penalties and corruptions need beyond {@link Tensor}'s
 * arithmetic: |x|, log x, and 0/1 masks from comparisons (float32, so they multiply).
 */
public final class Pointwise {
    private Pointwise() {}

    /** |x|; its gradient is sign(x) (0 at 0, as in libtorch). */
    public static Tensor abs(Tensor x) {
        return new Tensor(x.handle.abs());
    }

    /** The natural logarithm. */
    public static Tensor log(Tensor x) {
        return new Tensor(x.handle.log());
    }

    /** 1 where x &lt; value, else 0 (float32, no gradient). */
    public static Tensor below(Tensor x, double value) {
        return new Tensor(x.handle.lt(new Scalar(value)).to(torch.ScalarType.Float));
    }

    /** {@code a} where {@code mask} is 1, {@code b} where it is 0 (mask of 0/1 values, all three the same shape). */
    public static Tensor choose(Tensor mask, Tensor a, Tensor b) {
        return mask.mul(a).add(mask.neg().add(1.0).mul(b));
    }
}
