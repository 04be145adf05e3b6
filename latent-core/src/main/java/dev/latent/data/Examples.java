package dev.latent.data;

import dev.latent.nn.Tensor;

/** Data as one resident tensor (N, C, H, W) of values in [0, 1], batched by index later. */
public final class Examples {
    private Examples() {}

    public static Tensor images(Dataset dataset) {
        Images images = dataset.images();
        return Tensor.fromUnsignedBytes(images.pixels(), images.count(), images.channels(), images.height(), images.width());
    }

    public static ImageShape shape(Dataset dataset) {
        Images images = dataset.images();
        return new ImageShape(images.channels(), images.height(), images.width());
    }
}
