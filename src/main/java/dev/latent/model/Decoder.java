package dev.latent.model;

import dev.latent.nn.Layer;
import dev.latent.nn.Tensor;
import java.util.Map;

/**
 * The decoder p(x|z): z (B, d) to the likelihood's parameters (B, C, H, W), as logits.
 * Its body ends in a layer with C*H*W outputs (dense) or a C-channel image (convolutional).
 */
public final class Decoder {
    private final Layer body;
    private final ImageShape output;

    public Decoder(Layer body, ImageShape output) {
        this.body = body;
        this.output = output;
    }

    public Tensor decode(Tensor z) {
        return body.forward(z).reshape(output.batch(z.size(0)));
    }

    public ImageShape output() {
        return output;
    }

    public Map<String, Tensor> parameters() {
        return body.parameters();
    }
}
