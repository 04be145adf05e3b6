/** Numbers in honest units: test reconstruction, KL and negative ELBO, in nats per image. */
package dev.latent.eval;
