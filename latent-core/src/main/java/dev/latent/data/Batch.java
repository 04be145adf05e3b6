package dev.latent.data;

import dev.latent.nn.Tensor;

/**
 * One mini-batch as the training loop hands it to a step: the examples, and their labels when the
 * data has them (a conditional model feeds them to encoder and decoder; others ignore them).
 *
 * @param x (B, C, H, W) values in [0, 1]
 * @param labels (B) int64 class indices, or null for unlabelled data
 */
public record Batch(Tensor x, Tensor labels) {
    public Batch {
        if (x == null) {
            throw new IllegalArgumentException("a batch needs its examples");
        }
        if (labels != null && labels.size(0) != x.size(0)) {
            throw new IllegalArgumentException(labels.size(0) + " labels for " + x.size(0) + " examples");
        }
    }

    /** How many examples. */
    public long size() {
        return x.size(0);
    }

    public boolean hasLabels() {
        return labels != null;
    }
}
