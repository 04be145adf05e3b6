package dev.latent.model;

import dev.latent.nn.Layer;
import dev.latent.nn.Tensor;
import java.util.Map;

/** A dense trunk (flatten, then linear + ReLU layers); it has no switches. */
public final class DenseEncoderBody implements EncoderBody {
    private final Layer layers;

    public DenseEncoderBody(Layer layers) {
        this.layers = layers;
    }

    @Override
    public Features forward(Tensor x) {
        return new Features(layers.forward(x), Switches.NONE);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return layers.parameters();
    }
}
