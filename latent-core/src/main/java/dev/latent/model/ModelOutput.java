package dev.latent.model;

import dev.latent.nn.Tensor;

/**
 * What a forward pass returns. {@code reconstruction} is the decoder's output for each input,
 * (B, C, H, W): the parameters of the likelihood p(x|z) (logits), not pixels.
 */
public sealed interface ModelOutput permits ModelOutput.Autoencoded, ModelOutput.Variational {
    Tensor reconstruction();

    /** The code the decoder saw, (B, d). */
    Tensor z();

    /** A plain autoencoder's output: one point z per input. */
    record Autoencoded(Tensor reconstruction, Tensor z) implements ModelOutput {}

    /** A VAE's output: the posterior's mean and log-variance and the sample z drawn from it. */
    record Variational(Tensor reconstruction, Tensor mean, Tensor logVariance, Tensor z) implements ModelOutput {
        public Posterior posterior() {
            return new Posterior(mean, logVariance);
        }
    }
}
