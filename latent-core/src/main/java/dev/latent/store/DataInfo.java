package dev.latent.store;

import dev.latent.data.ImageShape;
import dev.latent.data.Split;

/**
 * Which data a model was trained on; saved in config.json so later commands default to it.
 *
 * @param source the --data value ("mnist-10k" or a directory)
 * @param trainImages size of the training split
 * @param testImages size of the test split
 * @param shape one image's shape
 */
public record DataInfo(String source, int trainImages, int testImages, ImageShape shape) {
    /** What {@code data}, loaded from {@code source}, holds. */
    public static DataInfo of(String source, Split data) {
        return new DataInfo(source, data.train().size(), data.test().size(), data.shape());
    }
}
