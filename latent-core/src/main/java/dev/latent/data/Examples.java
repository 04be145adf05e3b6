package dev.latent.data;

import dev.latent.nn.Tensor;

/**
 * A dataset resident as tensors, batched by index: the examples (N, C, H, W) (images as values in [0, 1])
 * and, when the data is labelled, the labels (N) as int64.
 *
 * @param x (N, C, H, W) in [0, 1]
 * @param labels (N) int64, or null
 * @param shape one example's C x H x W
 */
public record Examples(Tensor x, Tensor labels, ImageShape shape) {
    /** Copies {@code dataset} into tensors once. */
    public static Examples of(Dataset dataset) {
        Tensor labels = null;
        if (dataset.hasLabels()) {
            long[] values = new long[dataset.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = dataset.labels()[i];
            }
            labels = Tensor.indices(values);
        }
        return new Examples(images(dataset), labels, shape(dataset));
    }

    /** The examples of {@code dataset} as one (N, C, H, W) tensor (images in [0, 1]). */
    public static Tensor images(Dataset dataset) {
        return dataset.features().tensor();
    }

    /** One example's shape. */
    public static ImageShape shape(Dataset dataset) {
        return dataset.features().shape();
    }

    /** N. */
    public long count() {
        return x.size(0);
    }

    /** The examples at {@code rows}, gathered into a batch (in the caller's tensor scope). */
    public Batch batch(long[] rows) {
        Tensor index = Tensor.indices(rows);
        return new Batch(x.rows(index), labels == null ? null : labels.rows(index));
    }
}
