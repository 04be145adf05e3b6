/**
 * latent: autoencoders and variational autoencoders on the JVM.
 *
 * <p>Packages read as the maths: {@code data} (where examples come from), {@code nn} (tensors and
 * layers over libtorch), {@code model} (encoder, latent, decoder put together), {@code objective}
 * (likelihoods, KL, beta), {@code train} (the loop and its listeners), {@code eval} (numbers),
 * {@code viz} (pictures), {@code io} (files), {@code cli} (the command line).
 */
package dev.latent;
