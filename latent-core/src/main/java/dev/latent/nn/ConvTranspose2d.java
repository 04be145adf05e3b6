package dev.latent.nn;

import java.util.Map;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch;

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
        return apply(x, weight, bias, stride, padding);
    }

    /**
     * The layer as a function of its weight and bias (null for none): the adjoint of
     * {@link Conv2d#apply} with the same weight, stride and padding (no output padding).
     */
    static Tensor apply(Tensor x, Tensor weight, Tensor bias, int stride, int padding) {
        TensorOptional b = bias == null ? new TensorOptional() : new TensorOptional(bias.handle);
        return new Tensor(torch.conv_transpose2d(x.handle, weight.handle, b, new long[] {stride, stride}, new long[] {padding, padding},
                new long[] {0, 0}, 1, 1, 1));
    }

    @Override
    public Map<String, Tensor> parameters() {
        return Parameters.weightAndBias(weight, bias);
    }
}
