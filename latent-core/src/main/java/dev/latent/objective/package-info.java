/**
 * The objective, apart from the model: likelihoods p(x|z) (Bernoulli, Gaussian), the closed-form
 * KL to the standard normal prior, the beta schedule, and the ELBO that combines them, each
 * term reported separately in nats.
 */
package dev.latent.objective;
