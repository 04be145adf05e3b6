package dev.latent.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Deterministic autoencoder or variational autoencoder. */
public enum ModelKind {
    /** One point per input; trained on reconstruction alone. */
    AE("ae"),
    /** A Gaussian q(z|x) per input, sampled with the reparameterisation trick; trained on the ELBO. */
    VAE("vae");

    private final String id;

    ModelKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
