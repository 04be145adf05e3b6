package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.nn.Engine;
import picocli.CommandLine.Option;

/** {@code --threads}: libtorch's intra-op threads. */
final class EngineOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "libtorch threads (default: LATENT_THREADS or 1; on 2 cores 1 is fastest, measured).")
    Integer threads;

    void apply() {
        Engine.start();
        if (threads != null) {
            if (threads < 1 || threads > 1024) {
                throw new InvalidInputException("--threads must be between 1 and 1024, got " + threads);
            }
            Engine.setThreads(threads);
        }
    }
}
