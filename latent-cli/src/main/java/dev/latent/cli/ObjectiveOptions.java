package dev.latent.cli;

import dev.latent.objective.Bernoulli;
import dev.latent.objective.Gaussian;
import dev.latent.objective.Likelihood;
import dev.latent.model.ModelKind;
import dev.latent.store.AdversarialConfig;
import dev.latent.store.ElboConfig;
import dev.latent.store.ObjectiveConfig;
import picocli.CommandLine.Option;

/** The options that say which objective to train on (beta apart: sweep takes a list of them). */
final class ObjectiveOptions {
    enum LikelihoodOption { bernoulli, gaussian }

    @Option(names = "--likelihood", defaultValue = "bernoulli",
            description = "Decoder likelihood: bernoulli (cross-entropy from logits) or gaussian (squared error with a fixed variance). Default: ${DEFAULT-VALUE}.")
    LikelihoodOption likelihood;

    @Option(names = "--gaussian-variance", defaultValue = "" + Gaussian.DEFAULT_VARIANCE,
            description = "The fixed variance sigma^2 of the gaussian likelihood. Default: ${DEFAULT-VALUE}.")
    double gaussianVariance;

    @Option(names = "--beta-warmup", defaultValue = "0", paramLabel = "STEPS",
            description = "Raise beta linearly from 0 over this many steps. Default: ${DEFAULT-VALUE}.")
    long betaWarmup;

    Likelihood likelihood() {
        return likelihood == LikelihoodOption.gaussian ? new Gaussian(gaussianVariance) : new Bernoulli();
    }

    @Option(names = "--d-steps", defaultValue = "1", paramLabel = "N",
            description = "GAN: discriminator updates per generator update. Default: ${DEFAULT-VALUE}.")
    int discriminatorSteps;

    @Option(names = "--stop-on-collapse", description = "GAN: stop (exit 5) when mode collapse or a winning discriminator is detected, "
            + "after that epoch's checkpoint; without it a warning line names the failure and training goes on.")
    boolean stopOnCollapse;

    /** The ELBO for an AE or VAE; for a GAN the adversarial objective with DCGAN's Adam betas (0.5, 0.999). */
    ObjectiveConfig objectiveConfig(double beta, ModelKind kind) {
        if (kind == ModelKind.GAN) {
            AdversarialConfig dcgan = AdversarialConfig.dcgan();
            return new AdversarialConfig(discriminatorSteps, dcgan.adamBeta1(), dcgan.adamBeta2(), stopOnCollapse);
        }
        return new ElboConfig(likelihood(), beta, betaWarmup);
    }
}
