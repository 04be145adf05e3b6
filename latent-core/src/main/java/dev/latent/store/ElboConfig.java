package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.objective.BetaSchedule;
import dev.latent.objective.Elbo;
import dev.latent.objective.Likelihood;
import dev.latent.data.Examples;
import dev.latent.data.Split;
import dev.latent.eval.TestEvaluation;
import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.train.ObjectiveStep;
import dev.latent.train.TrainConfig;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingStep;
import java.util.List;

/**
 * An autoencoder's or a VAE's objective, the (beta-)ELBO; saved in config.json as
 * {@code "type": "elbo"} (the default, so configs written before GANs read as this).
 *
 * @param likelihood p(x|z)
 * @param beta the KL weight (1 = the ELBO; ignored by an autoencoder)
 * @param betaWarmupSteps linear warm-up of beta from 0, in optimizer steps
 */
public record ElboConfig(Likelihood likelihood, double beta, long betaWarmupSteps) implements ObjectiveConfig {
    public ElboConfig {
        if (likelihood == null) {
            throw InvalidInputException.of("likelihood", "the objective needs a likelihood (bernoulli or gaussian)");
        }
        new BetaSchedule(beta, betaWarmupSteps); // validates
    }

    public Elbo build() {
        return new Elbo(likelihood, new BetaSchedule(beta, betaWarmupSteps));
    }

    @Override
    public TrainingStep step(Generator model, TrainConfig training) {
        return new ObjectiveStep(autoencoder(model), build(), training.learningRate());
    }

    /** The test split's reconstruction, KL and negative ELBO after every epoch. */
    @Override
    public List<TrainingListener> measurements(Generator model, Split data) {
        return List.of(new TestEvaluation(autoencoder(model), likelihood, Examples.images(data.test())));
    }

    private static LatentModel autoencoder(Generator model) {
        if (model instanceof LatentModel autoencoder) {
            return autoencoder;
        }
        throw new IllegalArgumentException("the ELBO trains autoencoders, not " + model.config().kind().id());
    }
}
