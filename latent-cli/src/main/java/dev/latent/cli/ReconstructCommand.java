package dev.latent.cli;

import dev.latent.data.Split;
import dev.latent.store.TrainedModel;
import dev.latent.viz.ModelPictures;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent reconstruct}: test images above their reconstructions. */
@Command(name = "reconstruct", mixinStandardHelpOptions = true,
        description = "Write a PNG of the first test images (rows of originals) above their reconstructions (the decoder's mean at the posterior mean).")
final class ReconstructCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelDirOption model;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Option(names = "--count", defaultValue = "16", description = "How many test images. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CommandChecks.writableFile(out);
        CommandChecks.imageModel(model.dir, "reconstruct");
        ModelAndData loaded = ModelAndData.load(model, data, engine);
        TrainedModel trained = loaded.trained();
        Split split = loaded.split();
        CommandChecks.countInRange("--count", count, split.test().size());
        ModelPictures.writeReconstructions(trained, split.test(), count, out);
        spec.commandLine().getOut().printf("wrote %s: %d test images (odd rows) and their reconstructions (even rows)%n", out, count);
        return ExitCodes.OK;
    }
}
