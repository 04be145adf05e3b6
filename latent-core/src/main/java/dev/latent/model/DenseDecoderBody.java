package dev.latent.model;

import dev.latent.nn.Layer;
import dev.latent.nn.Tensor;
import java.util.Map;

/** A dense decoder network ending in C*H*W logits; switches are not used. */
public final class DenseDecoderBody implements DecoderBody {
    private final Layer layers;

    public DenseDecoderBody(Layer layers) {
        this.layers = layers;
    }

    @Override
    public Tensor forward(Tensor z, Switches switches) {
        return layers.forward(z);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return layers.parameters();
    }
}
