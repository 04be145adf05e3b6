/**
 * Tensors and layers over libtorch: {@link dev.latent.nn.Tensor} with autograd, dense and
 * convolutional layers, native memory scopes, the seeded noise source and the engine's start-up
 * checks. The only package that sees JavaCPP.
 */
package dev.latent.nn;
