package dev.latent.data;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ImageFolder#read} found: the images and, for class subfolders, the class names.
 *
 * @param dataset N images (C x H x W each); labels 0..k-1 index {@code classNames}, or null when flat
 * @param classNames the k class folder names in sorted order; empty when the folder is flat
 */
public record ImageFolderData(Dataset dataset, List<String> classNames) {
    public ImageFolderData {
        Objects.requireNonNull(dataset, "dataset");
        classNames = List.copyOf(classNames);
        if (dataset.hasLabels() == classNames.isEmpty()) {
            throw new IllegalArgumentException(dataset.name() + ": labels need class names and class names need labels");
        }
        if (dataset.hasLabels()) {
            for (int label : dataset.labels()) {
                if (label < 0 || label >= classNames.size()) {
                    throw new IllegalArgumentException(dataset.name() + ": label " + label + " outside 0.." + (classNames.size() - 1));
                }
            }
        }
    }

    public boolean labelled() {
        return !classNames.isEmpty();
    }
}
