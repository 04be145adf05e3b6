package dev.latent.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How encoder and decoder are built. */
public enum Architecture {
    /** Dense layers with ReLU on the flattened image. */
    MLP("mlp");

    private final String id;

    Architecture(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
