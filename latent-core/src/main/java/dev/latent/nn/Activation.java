package dev.latent.nn;

import java.util.Map;

/** Parameter-free element-wise non-linearities. */
public enum Activation implements Layer {
    RELU {
        @Override
        public Tensor forward(Tensor x) {
            return x.relu();
        }
    };

    @Override
    public Map<String, Tensor> parameters() {
        return Map.of();
    }
}
