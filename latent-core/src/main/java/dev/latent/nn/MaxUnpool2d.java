package dev.latent.nn;

import org.bytedeco.pytorch.global.torch;

/**
 * The inverse of {@link MaxPool2d} up to the discarded values: each value of (B, C, h, w) goes to
 * its switch position in a zero (B, C, 2h, 2w) map. The gradient flows back to the values only.
 * No parameters.
 */
public enum MaxUnpool2d {
    INSTANCE;

    /** values (B, C, h, w) and switches of the same shape (flat indices into 2h x 2w) to (B, C, 2h, 2w). */
    public Tensor forward(Tensor values, Tensor switches) {
        return new Tensor(torch.max_unpool2d(values.handle, switches.handle, values.size(2) * 2, values.size(3) * 2));
    }

    /**
     * Switches that put every value at the top-left of its 2x2 window, for values shaped like
     * {@code values} (B, C, h, w): index {@code 2i * 2w + 2j} for position (i, j). The default
     * when decoding codes that no encoder pass produced.
     */
    public static Tensor topLeftSwitches(Tensor values) {
        long batch = values.size(0);
        long channels = values.size(1);
        long h = values.size(2);
        long w = values.size(3);
        long[] plane = new long[Math.toIntExact(h * w)];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                plane[(int) (i * w + j)] = (2L * i) * (2 * w) + 2L * j;
            }
        }
        Tensor flat = Tensor.indices(plane);
        return new Tensor(flat.handle.reshape(1, 1, h, w).expand(batch, channels, h, w).contiguous());
    }
}
