package dev.latent.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Deterministic autoencoder, variational autoencoder, or GAN. */
public enum ModelKind {
    /** One point per input; trained on reconstruction alone. */
    AE("ae"),
    /** A Gaussian q(z|x) per input, sampled with the reparameterisation trick; trained on the ELBO. */
    VAE("vae"),
    /**
     * A generative adversarial network (Goodfellow et al. 2014): the decoder as generator of z ~
     * N(0, I), the encoder trunk with one logit as discriminator; no encoder, no likelihood.
     */
    GAN("gan");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
