package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.eval.AdversarialHealth;
import dev.latent.model.AdversarialNetwork;
import dev.latent.model.Generator;
import dev.latent.objective.Bernoulli;
import dev.latent.objective.Likelihood;
import dev.latent.train.AdversarialStep;
import dev.latent.train.TrainConfig;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingStep;
import java.util.List;

/**
 * A GAN's objective (the non-saturating game of Goodfellow et al. 2014); saved in config.json as
 * {@code "type": "adversarial"}.
 *
 * @param discriminatorSteps D updates per G update
 * @param adamBeta1 Adam's first-moment decay for both networks (DCGAN: 0.5)
 * @param adamBeta2 Adam's second-moment decay (0.999)
 * @param stopOnFailure stop training when a failure mode is detected (mode collapse, the
 *     discriminator winning), instead of warning and going on
 */
public record AdversarialConfig(int discriminatorSteps, double adamBeta1, double adamBeta2, boolean stopOnFailure) implements ObjectiveConfig {
    /** The DCGAN recipe's learning rate for both networks. */
    public static final double LEARNING_RATE = 2e-4;

    public AdversarialConfig {
        if (discriminatorSteps < 1 || discriminatorSteps > 100) {
            throw InvalidInputException.of("discriminatorSteps", "discriminator steps per generator step must be between 1 and 100, got "
                    + discriminatorSteps);
        }
        if (!(adamBeta1 >= 0 && adamBeta1 < 1) || !(adamBeta2 >= 0 && adamBeta2 < 1)) {
            throw InvalidInputException.of("adamBetas", "Adam's betas must be in [0, 1), got " + adamBeta1 + " and " + adamBeta2);
        }
    }

    /** One D step per G step, Adam betas (0.5, 0.999): the DCGAN recipe. */
    public static AdversarialConfig dcgan() {
        return new AdversarialConfig(1, 0.5, 0.999, false);
    }

    /** The generator's logits are Bernoulli means: its images are their sigmoid. */
    @Override
    public Likelihood likelihood() {
        return new Bernoulli();
    }

    @Override
    public TrainingStep step(Generator model, TrainConfig training) {
        if (!(model instanceof AdversarialNetwork gan)) {
            throw new IllegalArgumentException("the adversarial objective trains GANs, not " + model.config().kind().id());
        }
        return new AdversarialStep(gan, discriminatorSteps, training.learningRate(), adamBeta1, adamBeta2);
    }

    /** The GAN's health: named failure modes, with the fixed batch's spread and classes each epoch. */
    @Override
    public List<TrainingListener> measurements(Generator model, Split data) {
        return List.of(new AdversarialHealth((AdversarialNetwork) model, data, stopOnFailure));
    }
}
