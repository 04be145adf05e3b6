package dev.latent.objective;

import dev.latent.data.Batch;
import dev.latent.model.LatentModel;
import dev.latent.model.ModelOutput;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The training objective of AEs and VAEs: {@code -ELBO_beta = E_q[-log p(x|z)] + beta_t *
 * KL(q(z|x) || N(0, I))} per image, summed over the batch (as in the PyTorch recipe). The
 * expectation is estimated with the one sample z of the model's forward pass. For an autoencoder
 * the KL term is 0 and the loss is the reconstruction term alone.
 */
public final class Elbo implements Objective {
    private final Likelihood likelihood;
    private final BetaSchedule beta;

    public Elbo(Likelihood likelihood, BetaSchedule beta) {
        this.likelihood = likelihood;
        this.beta = beta;
    }

    @Override
    public Likelihood likelihood() {
        return likelihood;
    }

    public BetaSchedule beta() {
        return beta;
    }

    @Override
    public Loss loss(LatentModel model, Batch batch, long step, RandomSource noise) {
        return terms(model.forward(batch.x(), noise), batch.x(), step);
    }

    /**
     * The terms of one forward pass after {@code step} completed steps: {@link Terms#RECONSTRUCTION},
     * {@link Terms#KL} and {@link Terms#LOSS} = reconstruction + beta_t KL, each summed over the batch.
     */
    public Loss terms(ModelOutput output, Tensor x, long step) {
        Tensor reconstruction = likelihood.negativeLogLikelihoodSum(output.reconstruction(), x);
        Map<String, Tensor> sums = new LinkedHashMap<>();
        sums.put(Terms.RECONSTRUCTION, reconstruction);
        if (output instanceof ModelOutput.Variational variational) {
            Tensor kl = KlDivergence.toStandardNormal(variational.posterior()).sum();
            sums.put(Terms.KL, kl);
            sums.put(Terms.LOSS, reconstruction.add(kl.mul(beta.at(step))));
            return new Loss(sums.get(Terms.LOSS), sums, x.size(0));
        }
        sums.put(Terms.KL, Tensor.zeros());
        sums.put(Terms.LOSS, reconstruction);
        return new Loss(reconstruction, sums, x.size(0));
    }
}
