package dev.latent.model;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;

/**
 * The reparameterisation trick (Kingma and Welling 2014, section 2.4): {@code z = mean +
 * sigma * eps} with {@code eps ~ N(0, I)} and {@code sigma = exp(logVariance / 2)}, so that z is
 * a differentiable function of the encoder's outputs and the noise comes in from outside.
 */
public final class Reparameterization {
    private Reparameterization() {}

    /** One sample z (B, d) per row of the posterior. */
    public static Tensor sample(Posterior posterior, RandomSource noise) {
        return sample(posterior, noise.standardNormal(posterior.mean().shape()));
    }

    /** {@code z = mean + sigma * epsilon} (B, d) for noise {@code epsilon} (B, d) drawn elsewhere. */
    public static Tensor sample(Posterior posterior, Tensor epsilon) {
        Tensor sigma = posterior.logVariance().mul(0.5).exp();
        return posterior.mean().add(sigma.mul(epsilon));
    }
}
