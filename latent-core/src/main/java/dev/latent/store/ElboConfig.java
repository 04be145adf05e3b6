package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.objective.BetaSchedule;
import dev.latent.objective.Capacity;
import dev.latent.objective.Corruption;
import dev.latent.objective.Elbo;
import dev.latent.objective.ImportanceWeighted;
import dev.latent.objective.Likelihood;
import dev.latent.objective.Objective;
import dev.latent.objective.Sparsity;
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
 * An autoencoder's or a VAE's objective, the (beta-)ELBO or the importance-weighted bound, with
 * its optional parts; saved in config.json as {@code "type": "elbo"} (the default, so configs
 * written before GANs read as this).
 *
 * @param likelihood p(x|z)
 * @param beta the KL weight (1 = the ELBO; ignored by an autoencoder)
 * @param betaWarmupSteps linear warm-up of beta from 0, in optimizer steps
 * @param capacity controlled capacity in place of beta (VAE only), or null
 * @param corruption the denoiser's input corruption, or null
 * @param sparsity a sparsity penalty on the code, or null
 * @param importanceSamples K: 1 is the ELBO, K > 1 trains a VAE on the IWAE bound
 */
public record ElboConfig(Likelihood likelihood, double beta, long betaWarmupSteps, Capacity capacity, Corruption corruption,
        Sparsity sparsity, int importanceSamples) implements ObjectiveConfig {
    /** The most importance samples per image a training step takes. */
    public static final int MAX_IMPORTANCE_SAMPLES = 1000;

    public ElboConfig {
        if (likelihood == null) {
            throw InvalidInputException.of("likelihood", "the objective needs a likelihood (bernoulli or gaussian)");
        }
        new BetaSchedule(beta, betaWarmupSteps); // validates
        if (importanceSamples < 1 || importanceSamples > MAX_IMPORTANCE_SAMPLES) {
            throw InvalidInputException.of("importanceSamples", "importance samples must be between 1 and " + MAX_IMPORTANCE_SAMPLES
                    + ", got " + importanceSamples);
        }
        if (importanceSamples > 1 && (capacity != null || beta != 1 || betaWarmupSteps != 0)) {
            throw InvalidInputException.of("importanceSamples", "the IWAE bound has no KL weight: beta, beta warm-up and capacity"
                    + " apply to the ELBO only (drop them, or train on the elbo objective)");
        }
        if (capacity != null && (beta != 1 || betaWarmupSteps != 0)) {
            throw InvalidInputException.of("capacity", "controlled capacity replaces beta: give one of them, not both");
        }
    }

    /** The plain (beta-)ELBO. */
    public ElboConfig(Likelihood likelihood, double beta, long betaWarmupSteps) {
        this(likelihood, beta, betaWarmupSteps, null, null, null, 1);
    }

    /** The objective this config describes: the ELBO with its parts, or the IWAE bound when K > 1. */
    public Objective build() {
        if (importanceSamples > 1) {
            return new ImportanceWeighted(likelihood, importanceSamples, corruption, sparsity);
        }
        return new Elbo(likelihood, new BetaSchedule(beta, betaWarmupSteps), capacity, corruption, sparsity);
    }

    /** Whether this objective needs a VAE (capacity and the IWAE bound are about q(z|x)). */
    public boolean needsPosterior() {
        return capacity != null || importanceSamples > 1;
    }

    @Override
    public TrainingStep step(Generator model, TrainConfig training) {
        return new ObjectiveStep(autoencoder(model), build(), training.learningRate());
    }

    /** The test split's reconstruction, KL and negative ELBO after every epoch. */
    @Override
    public List<TrainingListener> measurements(Generator model, Split data) {
        LatentModel autoencoder = autoencoder(model);
        Examples test = Examples.of(data.test());
        return List.of(new TestEvaluation(autoencoder, likelihood, test.x(), autoencoder.conditionClasses() > 0 ? test.labels() : null));
    }

    private static LatentModel autoencoder(Generator model) {
        if (model instanceof LatentModel autoencoder) {
            return autoencoder;
        }
        throw new IllegalArgumentException("the ELBO trains autoencoders, not " + model.config().kind().id());
    }
}
