package dev.latent.cli;

import dev.latent.objective.Bernoulli;
import dev.latent.objective.Gaussian;
import dev.latent.objective.Likelihood;
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

    ObjectiveConfig objectiveConfig(double beta) {
        return new ObjectiveConfig(likelihood(), beta, betaWarmup);
    }
}
