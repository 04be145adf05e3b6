package dev.latent.data;

import dev.latent.nn.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * A stack of images as unsigned bytes, N x C x H x W (row-major, channel planes).
 *
 * @param count N >= 1
 * @param channels C (1 grey, 3 RGB)
 * @param height H
 * @param width W
 * @param pixels N*C*H*W bytes, read as unsigned 0..255
 */
public record Images(int count, int channels, int height, int width, byte[] pixels) implements Features {
    public Images {
        if (count < 1 || channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("image stack dimensions must be positive, got " + count + "x" + channels + "x" + height + "x" + width);
        }
        Objects.requireNonNull(pixels, "pixels");
        long expected = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact((long) count, channels), height), width);
        if (pixels.length != expected) {
            throw new IllegalArgumentException("expected " + expected + " pixel bytes, got " + pixels.length);
        }
    }

    /** C*H*W. */
    public int pixelsPerImage() {
        return channels * height * width;
    }

    @Override
    public ImageShape shape() {
        return new ImageShape(channels, height, width);
    }

    /** The pixels as (N, C, H, W) in [0, 1] ({@code p / 255}), without an intermediate Java float array. */
    @Override
    public Tensor tensor() {
        return Tensor.fromUnsignedBytes(pixels, count, channels, height, width);
    }

    /** Images {@code from} (inclusive) to {@code to} (exclusive), copied. */
    @Override
    public Images slice(int from, int to) {
        if (from < 0 || to > count || from >= to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") of " + count + " images");
        }
        int per = pixelsPerImage();
        return new Images(to - from, channels, height, width, Arrays.copyOfRange(pixels, from * per, to * per));
    }

    /** The images at {@code indices}, in that order, copied. */
    @Override
    public Images select(int[] indices) {
        int per = pixelsPerImage();
        byte[] out = new byte[Math.multiplyExact(indices.length, per)];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, Math.multiplyExact(indices[i], per), out, i * per, per);
        }
        return new Images(indices.length, channels, height, width, out);
    }

    /** Pixel values scaled to [0, 1] ({@code p / 255}), same order. */
    public float[] toFloats() {
        float[] out = new float[pixels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (pixels[i] & 0xff) / 255f;
        }
        return out;
    }

    /** The inverse of {@link #toFloats()} for one value: [0, 1] to 0..255, rounded; out-of-range values clamp, NaN is black. */
    public static int level(float value) {
        if (Float.isNaN(value)) {
            return 0;
        }
        return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Images that && count == that.count && channels == that.channels && height == that.height
                && width == that.width && Arrays.equals(pixels, that.pixels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, channels, height, width, Arrays.hashCode(pixels));
    }

    @Override
    public String toString() {
        return "Images[" + count + " x " + channels + "x" + height + "x" + width + "]";
    }
}
