package dev.latent.data;

import dev.latent.InvalidInputException;

/** The shape of one example: channels x height x width. */
public record ImageShape(int channels, int height, int width) {
    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new InvalidInputException("image shape must be positive, got " + channels + "x" + height + "x" + width);
        }
    }

    /** C*H*W: the number of values (dimensions) per example. */
    public int size() {
        return Math.multiplyExact(Math.multiplyExact(channels, height), width);
    }

    /** The batch shape (batch, C, H, W). */
    public long[] batch(long batch) {
        return new long[] {batch, channels, height, width};
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
