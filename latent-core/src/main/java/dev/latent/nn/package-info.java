/**
 * Tensors and layers over libtorch: {@link dev.latent.nn.Tensor} with autograd, dense and
 * convolutional layers, max-pooling with switches and unpooling, row-wise ops for evaluation
 * ({@link dev.latent.nn.Rows}, {@link dev.latent.nn.SymmetricEigen}), native memory scopes and
 * chunked no-grad inference ({@link dev.latent.nn.Chunks}), the seeded noise source, Adam, and
 * the engine's start-up checks. The only package that sees JavaCPP.
 */
package dev.latent.nn;
