package dev.latent.objective;

import dev.latent.data.Batch;
import dev.latent.model.EncoderBody;
import dev.latent.model.LatentModel;
import dev.latent.model.Posterior;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The IWAE objective (Burda, Grosse and Salakhutdinov 2015): minimise {@code -log (1/K) sum_k
 * w_k} per image, the negative K-sample importance-weighted bound on log p(x), with one encoder
 * pass and K decodes per image. K = 1 is the ELBO (with the same sample); a larger K is a
 * tighter bound, whose gradient weights each sample by its normalised weight. A {@link Corruption}
 * and a {@link Sparsity} penalty work as in {@link Elbo}; there is no beta.
 *
 * @see ImportanceWeights
 */
public final class ImportanceWeighted implements Objective {
    private final Likelihood likelihood;
    private final int samples;
    private final Corruption corruption;
    private final Sparsity sparsity;

    /** @param samples K >= 1 */
    public ImportanceWeighted(Likelihood likelihood, int samples, Corruption corruption, Sparsity sparsity) {
        if (samples < 1) {
            throw new IllegalArgumentException("the IWAE bound needs K >= 1 samples, got " + samples);
        }
        this.likelihood = likelihood;
        this.samples = samples;
        this.corruption = corruption;
        this.sparsity = sparsity;
    }

    @Override
    public Likelihood likelihood() {
        return likelihood;
    }

    public int samples() {
        return samples;
    }

    @Override
    public Loss loss(LatentModel model, Batch batch, long step, RandomSource noise) {
        if (!(model instanceof VariationalAutoencoder vae)) {
            throw new IllegalArgumentException("the IWAE bound needs a VAE's posterior; a " + model.config().kind().id() + " has none");
        }
        Tensor x = batch.x();
        Tensor input = corruption == null ? x : corruption.apply(x, noise);
        EncoderBody.Features features = vae.features(input);
        Posterior q = vae.posterior(features, batch.labels());
        Tensor epsilon = noise.standardNormalDraws(samples, x.size(0), q.mean().size(1));
        Tensor bound = ImportanceWeights.logWeights(vae, likelihood, x, batch.labels(), q, features.switches(), epsilon)
                .logSumExp(0).add(-Math.log(samples)).sum(); // sum over the batch of log (1/K) sum_k w_k
        Map<String, Tensor> sums = new LinkedHashMap<>();
        Tensor loss = bound.neg();
        sums.put(Terms.NEGATIVE_IWAE_BOUND, loss);
        if (sparsity != null) {
            Tensor penalty = sparsity.penaltySum(q.mean());
            sums.put(Terms.SPARSITY, penalty);
            loss = loss.add(penalty);
        }
        sums.put(Terms.LOSS, loss);
        return new Loss(loss, sums, x.size(0));
    }
}
