package dev.latent.nn;

import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch;

/** Binary cross-entropy from logits, libtorch's fused and stable kernel. */
public final class CrossEntropy {
    private static final int SUM = 2; // at::Reduction::Sum
    private static final int NONE = 0; // at::Reduction::None

    private CrossEntropy() {}

    /**
     * Binary cross-entropy of {@code target} under Bernoulli logits, summed over every element:
     * {@code sum max(l,0) - l*x + log(1 + exp(-|l|))}, stable for any logit.
     */
    public static Tensor binaryWithLogitsSum(Tensor logits, Tensor target) {
        return new Tensor(torch.binary_cross_entropy_with_logits(
                logits.handle, target.handle, new TensorOptional(), new TensorOptional(), SUM));
    }

    /** As {@link #binaryWithLogitsSum}, but element by element (same shape). */
    public static Tensor binaryWithLogits(Tensor logits, Tensor target) {
        return new Tensor(torch.binary_cross_entropy_with_logits(
                logits.handle, target.handle, new TensorOptional(), new TensorOptional(), NONE));
    }
}
