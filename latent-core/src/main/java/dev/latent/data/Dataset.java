package dev.latent.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Images with optional labels.
 *
 * @param name where the data came from, for messages ("mnist-10k/train")
 * @param images the images
 * @param labels one label per image, or null for unlabelled data
 */
public record Dataset(String name, Images images, int[] labels) {
    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(images, "images");
        if (labels != null && labels.length != images.count()) {
            throw new IllegalArgumentException(name + ": " + labels.length + " labels for " + images.count() + " images");
        }
    }

    public boolean hasLabels() {
        return labels != null;
    }

    public int size() {
        return images.count();
    }

    /** Examples {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Dataset slice(int from, int to) {
        return new Dataset(name, images.slice(from, to), labels == null ? null : Arrays.copyOfRange(labels, from, to));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that && name.equals(that.name) && images.equals(that.images) && Arrays.equals(labels, that.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, images, Arrays.hashCode(labels));
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + images + (labels == null ? ", unlabelled" : ", labelled") + "]";
    }
}
