package dev.latent.model;

import dev.latent.nn.Linear;
import dev.latent.nn.Parameters;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GAN's discriminator D: the encoder trunk of the same architecture (with LeakyReLU(0.2), as
 * DCGAN) and one linear head giving the logit of "x is real": x (B, C, H, W) to (B).
 */
public final class Discriminator {
    private final EncoderBody body;
    private final Linear logit;

    public Discriminator(EncoderBody body, Linear logit) {
        this.body = body;
        this.logit = logit;
    }

    /** The logit of D(x) for each image, (B). */
    public Tensor logits(Tensor x) {
        return logit.forward(body.forward(x).values()).flattenRows().reshape(-1); // (B, 1) -> (B)
    }

    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "body", body.parameters());
        Parameters.addAll(parameters, "logit", logit.parameters());
        return parameters;
    }
}
