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
 * the KL term is 0 and the loss is the reconstruction term alone. Three parts change it without
 * another model: a {@link Capacity} replaces {@code beta_t KL} by {@code gamma |KL - C_t|}; a
 * {@link Corruption} corrupts the encoder's input while the likelihood scores the clean x (a
 * denoiser); a {@link Sparsity} penalty on the code is added.
 */
public final class Elbo implements Objective {
    private final Likelihood likelihood;
    private final BetaSchedule beta;
    private final Capacity capacity;
    private final Corruption corruption;
    private final Sparsity sparsity;

    public Elbo(Likelihood likelihood, BetaSchedule beta) {
        this(likelihood, beta, null, null, null);
    }

    /** The ELBO with any of {@code capacity}, {@code corruption}, {@code sparsity} (null: none). */
    public Elbo(Likelihood likelihood, BetaSchedule beta, Capacity capacity, Corruption corruption, Sparsity sparsity) {
        this.likelihood = likelihood;
        this.beta = beta;
        this.capacity = capacity;
        this.corruption = corruption;
        this.sparsity = sparsity;
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
        Tensor input = corruption == null ? batch.x() : corruption.apply(batch.x(), noise);
        return terms(model.forward(input, batch.labels(), noise), batch.x(), step);
    }

    /**
     * The terms of one forward pass after {@code step} completed steps: {@link Terms#RECONSTRUCTION},
     * {@link Terms#KL} and {@link Terms#LOSS} = reconstruction + beta_t KL (or the capacity penalty),
     * plus {@link Terms#CAPACITY} and {@link Terms#SPARSITY} where those parts are on, each summed over the batch.
     */
    public Loss terms(ModelOutput output, Tensor x, long step) {
        long b = x.size(0);
        Tensor reconstruction = likelihood.negativeLogLikelihoodSum(output.reconstruction(), x);
        Map<String, Tensor> sums = new LinkedHashMap<>();
        sums.put(Terms.RECONSTRUCTION, reconstruction);
        Tensor loss = reconstruction;
        if (output instanceof ModelOutput.Variational variational) {
            Tensor kl = KlDivergence.toStandardNormal(variational.posterior()).sum();
            sums.put(Terms.KL, kl);
            if (capacity == null) {
                loss = loss.add(kl.mul(beta.at(step)));
            } else {
                loss = loss.add(capacity.penaltySum(kl, b, step));
                sums.put(Terms.CAPACITY, Tensor.of(new float[] {(float) (b * capacity.at(step))}));
            }
        } else {
            sums.put(Terms.KL, Tensor.zeros());
        }
        if (sparsity != null) {
            Tensor penalty = sparsity.penaltySum(code(output));
            sums.put(Terms.SPARSITY, penalty);
            loss = loss.add(penalty);
        }
        sums.put(Terms.LOSS, loss);
        return new Loss(loss, sums, b);
    }

    /** The deterministic code the sparsity penalty reads: the AE's z, the VAE's posterior mean. */
    static Tensor code(ModelOutput output) {
        return output instanceof ModelOutput.Variational variational ? variational.mean() : output.z();
    }
}
