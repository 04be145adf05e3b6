package dev.latent.nn;

import java.util.Map;

/** (B, C*H*W) to (B, C, H, W). */
public record Unflatten(int channels, int height, int width) implements Layer {
    @Override
    public Tensor forward(Tensor x) {
        return x.reshape(x.size(0), channels, height, width);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Map.of();
    }
}
