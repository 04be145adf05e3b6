package dev.latent.store;

import dev.latent.train.TrainConfig;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.model.ModelConfig;
import dev.latent.model.Generator;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;

/**
 * Everything that says how a model directory was made: written as config.json beside the
 * weights, read back by every command that loads the model.
 *
 * @param formatVersion the config format; only {@link #FORMAT_VERSION} is bound ({@code TrainedModel.readConfig} reads version 1
 *     files as version 2)
 * @param model how the model is built
 * @param objective what it was trained on
 * @param training how it was trained
 * @param data which data, and its shape
 */
public record RunConfig(
        @JsonProperty("format_version") int formatVersion,
        ModelConfig model,
        ObjectiveConfig objective,
        TrainConfig training,
        DataInfo data) {
    public static final int FORMAT_VERSION = 2;

    public RunConfig {
        if (formatVersion != FORMAT_VERSION) {
            throw new InvalidInputException("config format version " + formatVersion + " is not understood by this latent (it reads version "
                    + FORMAT_VERSION + "); use the latent that wrote it, or retrain");
        }
        if (model == null || objective == null || training == null || data == null) {
            throw new InvalidInputException("config needs model, objective, training and data sections");
        }
        if ((model.kind() == ModelKind.GAN) != (objective instanceof AdversarialConfig)) {
            throw InvalidInputException.of("objective", "a " + model.kind().id() + " is trained on "
                    + (model.kind() == ModelKind.GAN ? "the adversarial objective" : "the ELBO") + "; the config's objective says otherwise");
        }
        if (objective instanceof ElboConfig elbo && elbo.needsPosterior() && model.kind() != ModelKind.VAE) {
            throw InvalidInputException.of("objective", "controlled capacity and the IWAE bound are about a VAE's posterior q(z|x),"
                    + " which a model of kind " + model.kind().id() + " does not have: train a vae, or drop them");
        }
        if (model.kind() == ModelKind.GAN && training.earlyStopPatience() > 0) {
            throw InvalidInputException.of("earlyStopPatience", "early stopping watches the test negative ELBO, which a GAN does not have");
        }
        if (model.kind() == ModelKind.GAN && objective.likelihood().decoderVariances(model.input()) != 0) {
            throw InvalidInputException.of("likelihood", "a GAN's generator has no likelihood, so it learns no variance");
        }
        if (!model.input().equals(data.shape())) {
            throw new InvalidInputException("config's model input " + model.input() + " disagrees with its data shape " + data.shape());
        }
    }

    /** The config of a run of {@code model} trained on {@code objective} as {@code training} says, on {@code data} from {@code source}. */
    public static RunConfig of(ModelConfig model, ObjectiveConfig objective, TrainConfig training, String source, Split data) {
        return new RunConfig(FORMAT_VERSION, model, objective, training, DataInfo.of(source, data));
    }

    /** The model this config describes, with fresh weights from the training seed. */
    public Generator newModel() {
        return Models.generator(model, training.seed(), objective.likelihood().decoderVariances(model.input()));
    }

    public RunConfig withModel(ModelConfig newModel) {
        return new RunConfig(formatVersion, newModel, objective, training, data);
    }

    public RunConfig withObjective(ObjectiveConfig newObjective) {
        return new RunConfig(formatVersion, model, newObjective, training, data);
    }

    public RunConfig withTraining(TrainConfig newTraining) {
        return new RunConfig(formatVersion, model, objective, newTraining, data);
    }
}
