package dev.latent.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How encoder and decoder are built. */
public enum Architecture {
    /** Dense layers with ReLU on the flattened image. */
    MLP("mlp"),
    /** Convolutional blocks that halve the image, a dense bottleneck, and a mirrored decoder. */
    CONV("conv");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
