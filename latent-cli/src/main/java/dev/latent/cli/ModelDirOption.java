package dev.latent.cli;

import dev.latent.store.TrainedModel;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model DIR}: a model directory written by {@code latent train}. */
final class ModelDirOption {
    @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model directory written by latent train.")
    Path dir;

    TrainedModel load() {
        return TrainedModel.load(dir);
    }
}
