package dev.latent.nn;

import java.util.Map;

/**
 * Learned upsampling: the transposed convolution, square kernel k, stride s, padding p. Input
 * (B, Cin, H, W), output (B, Cout, (H - 1)s - 2p + k, ...); with k = 4, s = 2, p = 1 it doubles
 * H and W. Weight (Cin, Cout, k, k) as in PyTorch, bias (Cout).
 */
public final class ConvTranspose2d implements Layer {
    private final Tensor weight;
    private final Tensor bias;
    private final int stride;
    private final int padding;

    public ConvTranspose2d(int in, int out, int kernel, int stride, int padding, Initializer init) {
        // PyTorch computes the fan-in of a transposed convolution from weight.size(1) * k * k.
        long fanIn = (long) out * kernel * kernel;
        this.weight = init.uniformFanIn(fanIn, in, out, kernel, kernel);
        this.bias = init.uniformFanIn(fanIn, out);
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    public Tensor forward(Tensor x) {
        return Tensor.convTranspose2d(x, weight, bias, stride, padding);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Parameters.weightAndBias(weight, bias);
    }
}
