package dev.latent.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a convolutional decoder grows a small feature map back into an image. */
public enum Upsampling {
    /** Learned transposed convolutions (k = 4, stride 2); the encoder uses strided convolutions. */
    TRANSPOSED("transposed"),
    /**
     * Max-unpooling with switches: the encoder pools (2x2 max) and hands the argmax positions to
     * the matching decoder stage, followed by a 3x3 convolution. Without an encoder pass (decoding
     * a prior sample) every value goes to the top-left of its window.
     */
    UNPOOL("unpool"),
    /** Nearest-neighbour upsampling by 2 followed by a 3x3 convolution. */
    NEAREST("nearest");

    private final String id;

    Upsampling(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
