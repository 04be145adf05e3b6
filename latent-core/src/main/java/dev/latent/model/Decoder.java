package dev.latent.model;

import dev.latent.data.ImageShape;

import dev.latent.nn.Tensor;
import java.util.Map;

/** The decoder p(x|z): z (B, d) to the likelihood's parameters (B, C, H, W), as logits. */
public final class Decoder {
    private final DecoderBody body;
    private final ImageShape output;

    public Decoder(DecoderBody body, ImageShape output) {
        this.body = body;
        this.output = output;
    }

    /** Decodes codes that no encoder pass produced (unpooling stages use default switches). */
    public Tensor decode(Tensor z) {
        return decode(z, Switches.NONE);
    }

    /** Decodes with the switches of the encoder pass that produced z. */
    public Tensor decode(Tensor z, Switches switches) {
        return body.forward(z, switches).reshape(output.batch(z.size(0)));
    }

    public Map<String, Tensor> parameters() {
        return body.parameters();
    }
}
