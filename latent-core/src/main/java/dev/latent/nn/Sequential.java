package dev.latent.nn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Layers applied in order; parameters are named by position ({@code 0.weight}), as in PyTorch. */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    public Sequential(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor y = x;
        for (Layer layer : layers) {
            y = layer.forward(y);
        }
        return y;
    }

    @Override
    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            Parameters.addAll(parameters, Integer.toString(i), layers.get(i).parameters());
        }
        return parameters;
    }

    /**
     * A dense stack {@code sizes[0] -> sizes[1] -> ... -> sizes[n]} with ReLU after every linear
     * layer (the last too: heads are added separately by the model).
     */
    public static List<Layer> denseRelu(List<Integer> sizes, Initializer init) {
        return dense(sizes, Activation.RELU, init);
    }

    /** As {@link #denseRelu} with {@code activation} after every linear layer. */
    public static List<Layer> dense(List<Integer> sizes, Activation activation, Initializer init) {
        List<Layer> layers = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < sizes.size(); i++) {
            layers.add(new Linear(sizes.get(i), sizes.get(i + 1), init));
            layers.add(activation);
        }
        return layers;
    }
}
