package dev.latent.model;

import dev.latent.data.ImageShape;

import dev.latent.InvalidInputException;

/** The feature-map sizes of a convolutional model: each block halves height and width. */
final class ConvGeometry {
    private ConvGeometry() {}

    /**
     * Checks that every block can halve the image exactly (so the decoder can mirror it) and
     * returns {height, width} after the last block.
     */
    static int[] bottleneck(ImageShape input, int blocks) {
        int height = input.height();
        int width = input.width();
        for (int block = 1; block <= blocks; block++) {
            if (height % 2 != 0 || width % 2 != 0 || height < 2 || width < 2) {
                throw InvalidInputException.of("channels", "a " + input + " image cannot be halved by conv block " + block + " (the map is " + height + "x" + width
                        + " there); use fewer conv blocks (channels) or an image size divisible by 2^" + blocks);
            }
            height /= 2;
            width /= 2;
        }
        return new int[] {height, width};
    }

    /** C_last * h * w: the size of the flattened feature map. */
    static int flattenedSize(ModelConfig config) {
        int[] size = bottleneck(config.input(), config.channels().size());
        return Math.multiplyExact(config.channels().get(config.channels().size() - 1), size[0] * size[1]);
    }
}
