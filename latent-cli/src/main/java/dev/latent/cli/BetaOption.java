package dev.latent.cli;

import picocli.CommandLine.Option;

/** {@code --beta}: the KL weight. */
final class BetaOption {
    @Option(names = "--beta", defaultValue = "1", description = "KL weight beta (1 = the ELBO). Default: ${DEFAULT-VALUE}.")
    double beta;
}
