package dev.latent.objective;

import dev.latent.model.ModelOutput;
import dev.latent.nn.Tensor;

/**
 * The training objective: {@code -ELBO_beta = E_q[-log p(x|z)] + beta * KL(q(z|x) || N(0, I))}
 * per image, summed over the batch (as in the PyTorch recipe). The expectation is estimated with
 * the one sample z in the model's output. For an autoencoder the KL term is absent and the loss
 * is the reconstruction term alone.
 */
public final class Elbo {
    private final Likelihood likelihood;
    private final BetaSchedule beta;

    public Elbo(Likelihood likelihood, BetaSchedule beta) {
        this.likelihood = likelihood;
        this.beta = beta;
    }

    public Likelihood likelihood() {
        return likelihood;
    }

    public BetaSchedule beta() {
        return beta;
    }

    /** The terms for one batch after {@code step} completed optimizer steps. */
    public LossTerms terms(ModelOutput output, Tensor x, long step) {
        Tensor reconstruction = likelihood.negativeLogLikelihoodSum(output.reconstruction(), x);
        double weight = beta.at(step);
        if (output instanceof ModelOutput.Variational variational) {
            Tensor kl = KlDivergence.toStandardNormal(variational.posterior()).sum();
            return new LossTerms(reconstruction, kl, reconstruction.add(kl.mul(weight)), x.size(0), weight);
        }
        return new LossTerms(reconstruction, Tensor.zeros(), reconstruction, x.size(0), 0.0);
    }
}
