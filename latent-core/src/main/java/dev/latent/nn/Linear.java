package dev.latent.nn;

import java.util.Map;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch;

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
        return apply(x, weight, bias);
    }

    /** {@code x W^T + b} as a function of W (out, in) and b (out): one fused addmm. */
    static Tensor apply(Tensor x, Tensor weight, Tensor bias) {
        return new Tensor(torch.linear(x.handle, weight.handle, new TensorOptional(bias.handle)));
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Parameters.weightAndBias(weight, bias);
    }
}
