package dev.latent.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that write an HTML page of numbers and pictures. */
final class PageOptions {
    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "HTML file to write.")
    Path out;

    @Option(names = "--importance-samples", defaultValue = "1000", paramLabel = "K", description = "Samples per image for the NLL bound; 0 skips it. Default: ${DEFAULT-VALUE}.")
    int importanceSamples;

    @Option(names = "--samples", defaultValue = "1000", description = "Prior samples judged against as many test images "
            + "(Frechet distance, precision/recall, density/coverage). Default: ${DEFAULT-VALUE}.")
    int samples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every sampled number and picture. Default: ${DEFAULT-VALUE}.")
    long seed;
}
