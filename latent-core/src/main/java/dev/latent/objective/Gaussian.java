package dev.latent.objective;

import dev.latent.InvalidInputException;
import dev.latent.nn.Tensor;

/**
 * Independent Gaussian pixels with mean sigmoid(logit) and a fixed variance sigma^2: the seed's
 * {@code ||x - d(z)||^2} form, normalised: {@code -log p(x|z) = ||x - mu||^2 / (2 sigma^2) +
 * (D/2) log(2 pi sigma^2)} nats, D = C*H*W. The variance is fixed (not learned); it is saved in
 * the config.
 *
 * @param variance sigma^2, fixed
 */
public record Gaussian(double variance) implements Likelihood {
    public static final double DEFAULT_VARIANCE = 0.1;

    public Gaussian {
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw InvalidInputException.of("gaussianVariance", "the Gaussian likelihood's variance must be positive and finite, got " + variance);
        }
    }

    @Override
    public Tensor negativeLogLikelihood(Tensor logits, Tensor x) {
        Tensor squaredError = mean(logits).sub(x).square().sumPerRow(); // (B)
        long pixels = x.numel() / x.size(0);
        return squaredError.mul(0.5 / variance).add(0.5 * pixels * Math.log(2 * Math.PI * variance));
    }

    @Override
    public Tensor mean(Tensor logits) {
        return logits.sigmoid();
    }
}
