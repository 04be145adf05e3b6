package dev.latent.model;

import dev.latent.nn.Linear;
import dev.latent.nn.Parameters;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/** The plain autoencoder's encoder: a trunk then one linear head, x (B, C, H, W) to z (B, d). */
public final class PointEncoder {
    private final EncoderBody body;
    private final Linear code;

    public PointEncoder(EncoderBody body, Linear code) {
        this.body = body;
        this.code = code;
    }

    public EncoderBody.Features features(Tensor x) {
        return body.forward(x);
    }

    public Tensor code(EncoderBody.Features features) {
        return code.forward(features.values());
    }

    public Tensor encode(Tensor x) {
        return code(features(x));
    }

    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "body", body.parameters());
        Parameters.addAll(parameters, "code", code.parameters());
        return parameters;
    }
}
