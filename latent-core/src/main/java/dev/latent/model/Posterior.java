package dev.latent.model;

import dev.latent.nn.Tensor;

/**
 * The approximate posterior q(z|x) = N(mean, diag(exp(logVariance))) for a batch.
 *
 * @param mean (B, d)
 * @param logVariance (B, d), log sigma^2
 */
public record Posterior(Tensor mean, Tensor logVariance) {}
