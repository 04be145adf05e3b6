package dev.latent.nn;

import java.util.Map;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch;

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
        return apply(x, weight, bias, stride, padding);
    }

    /** The layer as a function of its weight and bias (null for none), stride s and padding p. */
    static Tensor apply(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        TensorOptional b = bias == null ? new TensorOptional() : new TensorOptional(bias.handle);
        return new Tensor(torch.conv2d(x.handle, weight.handle, b, new long[] {stride, stride}, new long[] {padding, padding}, new long[] {1, 1}, 1));
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Parameters.weightAndBias(weight, bias);
    }
}
