package dev.latent.data;

import dev.latent.nn.Tensor;

/**
 * The inputs of a dataset, one example per row: images (unsigned bytes scaled to [0, 1]) or
 * encoded table rows (floats in the layout of their column transforms). A model sees only the
 * tensor and the shape of one example; a table row of D features has the shape 1x1xD.
 */
public interface Features {
    /** N, the number of examples. */
    int count();

    /** One example's shape. */
    ImageShape shape();

    /** Examples {@code from} (inclusive) to {@code to} (exclusive), copied. */
    Features slice(int from, int to);

    /** The examples at {@code indices}, in that order, copied. */
    Features select(int[] indices);

    /** All examples as one float tensor (N, C, H, W). */
    Tensor tensor();
}
