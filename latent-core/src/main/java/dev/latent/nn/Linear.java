package dev.latent.nn;

import java.util.Map;

/**
 * Fully connected layer {@code y = x W^T + b}. Input (B, in), output (B, out); weight (out, in),
 * bias (out). One fused {@code addmm} in libtorch.
 */
public final class Linear implements Layer {
    private final Tensor weight;
    private final Tensor bias;

    public Linear(int in, int out, Initializer init) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("Linear needs in, out >= 1, got " + in + ", " + out);
        }
        this.weight = init.uniformFanIn(in, out, in);
        this.bias = init.uniformFanIn(in, out);
    }

    @Override
    public Tensor forward(Tensor x) {
        return Tensor.linear(x, weight, bias);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Parameters.weightAndBias(weight, bias);
    }
}
