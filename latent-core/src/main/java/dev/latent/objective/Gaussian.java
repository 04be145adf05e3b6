package dev.latent.objective;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.nn.Columns;
import dev.latent.nn.Tensor;

/**
 * Independent Gaussian pixels with mean sigmoid(logit): {@code -log p(x|z) = sum_i [(x_i -
 * mu_i)^2 / (2 s_i^2) + (1/2) log(2 pi s_i^2)]} nats. The variance is either fixed ({@code
 * variance}, saved in the config: the seed's {@code ||x - d(z)||^2} form, normalised) or learned
 * by the decoder as log-variances that do not depend on z: one per pixel ({@link
 * Variance#LEARNED}) or one for the whole image ({@link Variance#LEARNED_SHARED}); the decoder then
 * outputs (B, D + G), D logits then G log-variance offsets o, and {@code log s^2 = log variance +
 * o}: learning starts (o = 0) at the fixed variance.
 *
 * <p>A learned log-variance is clamped to [{@link #MIN_LOG_VARIANCE}, {@link #MAX_LOG_VARIANCE}]:
 * pixels are 8-bit, so a pixel that is nearly constant in the data (MNIST's border is exactly 0)
 * would let its variance shrink towards 0 and its density grow without bound, one pixel buying
 * any number of nats; the floor is a standard deviation of 0.01 (2.55 grey levels of 255).
 *
 * @param variance sigma^2 when fixed; where learned, the variance learning starts from
 * @param learned whether, and how, the variance is learned
 */
public record Gaussian(double variance, Variance learned) implements Likelihood {
    public static final double DEFAULT_VARIANCE = 0.1;
    /** log(0.01^2): a learned standard deviation of at least 0.01 of the [0, 1] pixel range. */
    public static final double MIN_LOG_VARIANCE = 2 * Math.log(0.01);
    /** log(1): at most the whole pixel range. */
    public static final double MAX_LOG_VARIANCE = 0;

    /** How the variance is had: fixed, learned per pixel, or learned once per image. */
    public enum Variance {
        @JsonProperty("fixed") FIXED,
        @JsonProperty("learned") LEARNED,
        @JsonProperty("learned-shared") LEARNED_SHARED
    }

    public Gaussian {
        if (learned == null) {
            learned = Variance.FIXED;
        }
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw InvalidInputException.of("gaussianVariance", "the Gaussian likelihood's variance must be positive and finite, got " + variance);
        }
    }

    /** Fixed variance sigma^2. */
    public Gaussian(double variance) {
        this(variance, Variance.FIXED);
    }

    @Override
    public int decoderVariances(ImageShape input) {
        return switch (learned) {
            case FIXED -> 0;
            case LEARNED -> input.size();
            case LEARNED_SHARED -> 1;
        };
    }

    @Override
    public Tensor negativeLogLikelihood(Tensor logits, Tensor x) {
        long pixels = x.numel() / x.size(0);
        if (learned == Variance.FIXED) {
            Tensor squaredError = logits.sigmoid().sub(x).square().sumPerRow(); // (B)
            return squaredError.mul(0.5 / variance).add(0.5 * pixels * Math.log(2 * Math.PI * variance));
        }
        Tensor flat = logits.flattenRows();
        long g = flat.size(1) - pixels;
        Tensor logVariance = Columns.clamp(Columns.range(flat, pixels, g).add(Math.log(variance)), MIN_LOG_VARIANCE, MAX_LOG_VARIANCE); // (B, D) or (B, 1)
        Tensor squared = Columns.range(flat, 0, pixels).sigmoid().sub(x.flattenRows()).square(); // (B, D)
        return negativeLogDensity(squared, logVariance).sum(1);
    }

    /**
     * {@code (1/2) [log 2 pi + log s^2 + (x - mu)^2 / s^2]} element by element, from the squared
     * errors and the log-variances (broadcast): a Gaussian's -log density, for images and tables.
     */
    static Tensor negativeLogDensity(Tensor squaredError, Tensor logVariance) {
        return squaredError.mul(logVariance.neg().exp()).add(logVariance).add(Math.log(2 * Math.PI)).mul(0.5);
    }

    @Override
    public Tensor mean(Tensor logits) {
        if (learned == Variance.FIXED) {
            return logits.sigmoid();
        }
        Tensor flat = logits.flattenRows();
        long g = learned == Variance.LEARNED ? flat.size(1) / 2 : 1;
        return Columns.range(flat, 0, flat.size(1) - g).sigmoid();
    }
}
