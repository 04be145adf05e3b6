package dev.latent.nn;

/**
 * 2x2 max-pooling with stride 2 that keeps its switches (Zeiler and Fergus 2014; SegNet): x
 * (B, C, H, W) to the maxima (B, C, H/2, W/2) and, for each, the flat index of its position in
 * the H x W plane, for {@link MaxUnpool2d} to put the value back. No parameters.
 */
public enum MaxPool2d {
    INSTANCE;

    /**
     * The pooled values and where each came from.
     *
     * @param values (B, C, H/2, W/2), the maximum of each 2x2 window
     * @param switches (B, C, H/2, W/2) int64, the argmax as {@code row * W + column} in its plane
     */
    public record Pooled(Tensor values, Tensor switches) {}

    public Pooled forward(Tensor x) {
        org.bytedeco.pytorch.T_TensorTensor_T pooled = org.bytedeco.pytorch.global.torch.max_pool2d_with_indices(x.handle,
                new long[] {2, 2}, new long[] {2, 2}, new long[] {0, 0}, new long[] {1, 1}, false);
        return new Pooled(new Tensor(pooled.get0()), new Tensor(pooled.get1()));
    }
}
