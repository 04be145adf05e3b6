package dev.latent.model;

import dev.latent.nn.Linear;
import dev.latent.nn.Parameters;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The VAE encoder q(z|x): a trunk maps x (B, C, H, W) to features (B, F); two linear heads give
 * the posterior's mean (B, d) and log-variance (B, d).
 */
public final class GaussianEncoder {
    private final EncoderBody body;
    private final Linear mean;
    private final Linear logVariance;

    public GaussianEncoder(EncoderBody body, Linear mean, Linear logVariance) {
        this.body = body;
        this.mean = mean;
        this.logVariance = logVariance;
    }

    /** The trunk's features and switches. */
    public EncoderBody.Features features(Tensor x) {
        return body.forward(x);
    }

    /** q(z|x) from the trunk's features. */
    public Posterior posterior(EncoderBody.Features features) {
        return new Posterior(mean.forward(features.values()), logVariance.forward(features.values()));
    }

    public Posterior encode(Tensor x) {
        return posterior(features(x));
    }

    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "body", body.parameters());
        Parameters.addAll(parameters, "mean", mean.parameters());
        Parameters.addAll(parameters, "log_variance", logVariance.parameters());
        return parameters;
    }
}
