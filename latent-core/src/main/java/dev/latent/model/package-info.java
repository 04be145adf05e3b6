/**
 * Models built from parts: encoders (point or Gaussian), the reparameterisation trick,
 * decoders, and the {@link dev.latent.model.Autoencoder} and
 * {@link dev.latent.model.VariationalAutoencoder} that put them together.
 */
package dev.latent.model;
