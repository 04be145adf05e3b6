package dev.latent.nn;

import java.util.Map;

/** (B, C, H, W) to (B, C*H*W). */
public enum Flatten implements Layer {
    INSTANCE;

    @Override
    public Tensor forward(Tensor x) {
        return x.flattenRows();
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Map.of();
    }
}
