package dev.latent.nn;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.pytorch.TensorOptional;
import org.bytedeco.pytorch.global.torch;

/**
 * Start-up check for a oneDNN bug measured on a Zen 5 / AVX-512 machine: {@code conv2d} with 32
 * input and 1 output channel (k=3, s=1, p=1) returned an input gradient with relative error ~1.
 * The same convolution is run in float32 (oneDNN) and float64 (the reference path) and the input
 * gradients compared. Takes milliseconds.
 */
final class ConvolutionSelfCheck {
    static final double TOLERANCE = 1e-3;

    private ConvolutionSelfCheck() {}

    static boolean oneDnnGradientsAgree() {
        return relativeInputGradientError() < TOLERANCE;
    }

    /** ||grad32 - grad64|| / ||grad64|| for the convolution shapes that failed, float32 on the CPU. */
    static double relativeInputGradientError() {
        return relativeInputGradientError(Device.CPU);
    }

    /**
     * The same check with the float32 convolution on {@code device} (cuDNN on a GPU) against the
     * float64 reference on the CPU: the engine self-check of a device before anything trains on it.
     */
    static double relativeInputGradientError(Device device) {
        try (PointerScope scope = new PointerScope()) { // not TensorScope: this runs inside Engine.start()
            org.bytedeco.pytorch.Tensor x = torch.randn(2, 32, 8, 8);
            org.bytedeco.pytorch.Tensor w = torch.randn(1, 32, 3, 3).mul(new org.bytedeco.pytorch.Scalar(0.1));
            org.bytedeco.pytorch.Tensor grad32 =
                    inputGradient(x.to(device.handle(), torch.ScalarType.Float), w.to(device.handle(), torch.ScalarType.Float)).cpu();
            org.bytedeco.pytorch.Tensor grad64 = inputGradient(x.to(torch.ScalarType.Double), w.to(torch.ScalarType.Double));
            return grad32.to(torch.ScalarType.Double).sub(grad64).norm().item_double() / grad64.norm().item_double();
        }
    }

    private static org.bytedeco.pytorch.Tensor inputGradient(org.bytedeco.pytorch.Tensor x, org.bytedeco.pytorch.Tensor w) {
        org.bytedeco.pytorch.Tensor input = x.detach().clone();
        input.set_requires_grad(true);
        org.bytedeco.pytorch.Tensor y = torch.conv2d(input, w, new TensorOptional(), new long[] {1, 1}, new long[] {1, 1}, new long[] {1, 1}, 1);
        y.square().sum().backward();
        return input.grad();
    }
}
