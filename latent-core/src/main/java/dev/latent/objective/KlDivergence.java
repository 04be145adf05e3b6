package dev.latent.objective;

import dev.latent.model.Posterior;
import dev.latent.nn.Tensor;

/**
 * KL(N(mu, sigma^2) || N(0, 1)) in closed form (Kingma and Welling 2014, Appendix B):
 * {@code -1/2 sum_j (1 + log sigma_j^2 - mu_j^2 - sigma_j^2)} nats.
 */
public final class KlDivergence {
    private KlDivergence() {}

    /** The KL of each latent dimension of each input, (B, d). */
    public static Tensor perDimension(Posterior q) {
        Tensor logVariance = q.logVariance();
        return logVariance.add(1.0).sub(q.mean().square()).sub(logVariance.exp()).mul(-0.5);
    }

    /** The KL of each input, summed over latent dimensions, (B). */
    public static Tensor toStandardNormal(Posterior q) {
        return perDimension(q).sum(1);
    }
}
