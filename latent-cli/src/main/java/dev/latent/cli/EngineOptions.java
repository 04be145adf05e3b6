package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.model.Architecture;
import dev.latent.model.ModelConfig;
import dev.latent.nn.Engine;
import dev.latent.nn.ThreadPlan;
import picocli.CommandLine.Option;

/** {@code --threads}: libtorch's intra-op threads; by default the measured best split for the model (see ThreadPlan). */
final class EngineOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "libtorch threads; OpenBLAS then gets 1 (or all cores when this is 1). Default: LATENT_THREADS, else the measured "
                    + "best split: dense models 1 libtorch thread + all cores to OpenBLAS, conv models the reverse.")
    Integer threads;

    @Option(names = "--device", paramLabel = "auto|cpu|cuda[:N]", defaultValue = "auto",
            description = "Where the model, data and noise live: auto (a CUDA GPU when this build (-Pcuda) and machine have one, "
                    + "else the CPU), cpu, cuda or cuda:N. Default: ${DEFAULT-VALUE}.")
    String device = "auto";

    void apply() {
        Engine.start();
        dev.latent.api.Latent.useDevice(device);
        if (threads != null) {
            if (threads < 1 || threads > 1024) {
                throw new InvalidInputException("--threads must be between 1 and 1024, got " + threads);
            }
            ThreadPlan.withIntraOp(threads).apply();
        }
    }

    /** Once the model is known: the user's threads if given, else the best split for its architecture. */
    void planFor(ModelConfig model) {
        if (threads != null || Engine.threadsFromEnvironment() != null) {
            return; // the user's choice, already applied
        }
        ThreadPlan.automatic(model.architecture() == Architecture.CONV).apply();
    }
}
