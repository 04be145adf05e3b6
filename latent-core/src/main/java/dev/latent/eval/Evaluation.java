package dev.latent.eval;

/**
 * Test-set numbers, averaged per image, in nats.
 *
 * @param reconstructionNats E_q[-log p(x|z)] (one sample of z per image; the AE's code itself)
 * @param klNats KL(q(z|x) || N(0, I)); 0 for an autoencoder
 * @param negativeElboNats reconstruction + KL with beta = 1, whatever beta training used (an
 *     upper bound on -log p(x) for a VAE)
 * @param images how many images were evaluated
 */
public record Evaluation(double reconstructionNats, double klNats, double negativeElboNats, long images) {}
