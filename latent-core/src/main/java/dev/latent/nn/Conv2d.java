package dev.latent.nn;

import java.util.Map;

/**
 * 2-D convolution, square kernel k, stride s, padding p: input (B, Cin, H, W), output
 * (B, Cout, (H + 2p - k)/s + 1, (W + 2p - k)/s + 1); weight (Cout, Cin, k, k), bias (Cout).
 */
public final class Conv2d implements Layer {
    private final Tensor weight;
    private final Tensor bias;
    private final int stride;
    private final int padding;

    public Conv2d(int in, int out, int kernel, int stride, int padding, Initializer init) {
        long fanIn = (long) in * kernel * kernel;
        this.weight = init.uniformFanIn(fanIn, out, in, kernel, kernel);
        this.bias = init.uniformFanIn(fanIn, out);
        this.stride = stride;
        this.padding = padding;
    }

    @Override
    public Tensor forward(Tensor x) {
        return Tensor.conv2d(x, weight, bias, stride, padding);
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Parameters.weightAndBias(weight, bias);
    }
}
