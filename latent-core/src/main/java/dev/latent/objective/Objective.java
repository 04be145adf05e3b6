package dev.latent.objective;

import dev.latent.data.Batch;
import dev.latent.model.LatentModel;
import dev.latent.nn.RandomSource;

/**
 * What a model is trained to minimise, apart from the model: given a batch it runs the forward
 * passes it needs (one sample of z for the ELBO; K for an importance-weighted bound; a corrupted
 * input for a denoiser) and returns the {@link Loss} with its named terms.
 */
public interface Objective {
    /**
     * The loss of {@code batch} after {@code step} completed optimizer steps (schedules such as
     * beta's warm-up read it); {@code noise} feeds any sampling.
     */
    Loss loss(LatentModel model, Batch batch, long step, RandomSource noise);

    /** The likelihood p(x|z) the objective scores reconstructions with. */
    Likelihood likelihood();
}
