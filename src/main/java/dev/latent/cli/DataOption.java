package dev.latent.cli;

import dev.latent.data.DataSources;
import dev.latent.data.Split;
import picocli.CommandLine.Option;

/** {@code --data}: the embedded {@code mnist-10k} or a directory of IDX files. */
final class DataOption {
    @Option(names = "--data", paramLabel = "mnist-10k|DIR",
            description = "Data: the embedded mnist-10k, or a directory with train-images-idx3-ubyte[.gz] "
                    + "(and optionally train-labels, t10k-images, t10k-labels). Default: mnist-10k for train; "
                    + "the model's own data for other commands.")
    String spec;

    /** The given spec, else {@code fallback}. */
    String specOr(String fallback) {
        return spec != null ? spec : fallback;
    }

    Split load(String fallback) {
        return DataSources.load(specOr(fallback));
    }
}
