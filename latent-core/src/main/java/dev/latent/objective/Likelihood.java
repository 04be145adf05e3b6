package dev.latent.objective;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.latent.data.ImageShape;
import dev.latent.nn.Tensor;

/**
 * The decoder's likelihood p(x|z). The decoder outputs logits (B, C, H, W) for images, or
 * (B, D + G) for a table ({@link Mixed}); a likelihood turns them into a negative log-likelihood
 * in nats and into the mean E[x|z] (an image for pictures).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Bernoulli.class, name = "bernoulli"),
    @JsonSubTypes.Type(value = Gaussian.class, name = "gaussian"),
    @JsonSubTypes.Type(value = Mixed.class, name = "mixed")
})
public sealed interface Likelihood permits Bernoulli, Gaussian, Mixed {
    /** -log p(x|z) summed over the pixels of each image, (B). */
    Tensor negativeLogLikelihood(Tensor logits, Tensor x);

    /** -log p(x|z) summed over pixels and batch: a scalar (the fast training path). */
    default Tensor negativeLogLikelihoodSum(Tensor logits, Tensor x) {
        return negativeLogLikelihood(logits, x).sum();
    }

    /**
     * How many learned log-variances the decoder appends to its logits for inputs of shape
     * {@code input} (one per Gaussian feature of a table; one per pixel, or one, for an image's
     * learned-variance Gaussian; 0 for the others).
     */
    default int decoderVariances(ImageShape input) {
        return 0;
    }

    /** E[x|z] in [0, 1], for pictures: (B, C, H, W). */
    Tensor mean(Tensor logits);
}
