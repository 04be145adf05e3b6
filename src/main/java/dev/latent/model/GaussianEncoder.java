package dev.latent.model;

import dev.latent.nn.Layer;
import dev.latent.nn.Linear;
import dev.latent.nn.Parameters;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The VAE encoder q(z|x): a body maps x (B, C, H, W) to features (B, h); two linear heads give
 * the posterior's mean (B, d) and log-variance (B, d).
 */
public final class GaussianEncoder {
    private final Layer body;
    private final Linear mean;
    private final Linear logVariance;

    public GaussianEncoder(Layer body, Linear mean, Linear logVariance) {
        this.body = body;
        this.mean = mean;
        this.logVariance = logVariance;
    }

    public Posterior encode(Tensor x) {
        Tensor features = body.forward(x); // (B, h)
        return new Posterior(mean.forward(features), logVariance.forward(features));
    }

    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "body", body.parameters());
        Parameters.addAll(parameters, "mean", mean.parameters());
        Parameters.addAll(parameters, "log_variance", logVariance.parameters());
        return parameters;
    }
}
