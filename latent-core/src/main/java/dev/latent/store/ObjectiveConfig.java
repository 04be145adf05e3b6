package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.objective.BetaSchedule;
import dev.latent.objective.Elbo;
import dev.latent.objective.Likelihood;

/**
 * The objective a model was trained on; saved in config.json.
 *
 * @param likelihood p(x|z)
 * @param beta the KL weight (1 = the ELBO; ignored by an autoencoder)
 * @param betaWarmupSteps linear warm-up of beta from 0, in optimizer steps
 */
public record ObjectiveConfig(Likelihood likelihood, double beta, long betaWarmupSteps) {
    public ObjectiveConfig {
        if (likelihood == null) {
            throw new InvalidInputException("the objective needs a likelihood (bernoulli or gaussian)");
        }
        new BetaSchedule(beta, betaWarmupSteps); // validates
    }

    public Elbo build() {
        return new Elbo(likelihood, new BetaSchedule(beta, betaWarmupSteps));
    }
}
