/**
 * Training: one short loop ({@link dev.latent.train.Trainer}) with Adam, and listeners around it
 * (progress bar, per-epoch line, metrics log, checkpoints); the model directory
 * ({@link dev.latent.store.TrainedModel}) with its config.
 */
package dev.latent.train;
