package dev.latent.store;

import dev.latent.data.ImageShape;

/**
 * Which data a model was trained on; saved in config.json so later commands default to it.
 *
 * @param source the --data value ("mnist-10k" or a directory)
 * @param trainImages size of the training split
 * @param testImages size of the test split
 * @param shape one image's shape
 */
public record DataInfo(String source, int trainImages, int testImages, ImageShape shape) {}
