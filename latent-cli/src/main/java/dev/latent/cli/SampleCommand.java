package dev.latent.cli;

import dev.latent.InvalidInputException;

import dev.latent.data.Split;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.store.ModelFiles;
import java.util.Optional;
import dev.latent.model.LatentPrior;
import dev.latent.model.ModelKind;
import dev.latent.store.TrainedModel;
import dev.latent.viz.ModelPictures;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent sample}: decode codes drawn from the prior. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Write a PNG of new images decoded from z ~ N(0, I).",
            "An AE has no prior: a Gaussian is fitted to its training codes instead, and the picture shows why AE samples are poor."})
final class SampleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelDirOption model;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Option(names = "--count", defaultValue = "64", description = "How many samples. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the sampled codes. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--label", paramLabel = "N", description = "A conditional model: every sample asks for class N. Without it, "
            + "one row per class.")
    Integer label;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.csv", description = "PNG file to write (a CSV of rows for a table model).")
    Path out;

    @Override
    public Integer call() throws Exception {
        engine.apply();
        CommandChecks.writableFile(out);
        CommandChecks.countInRange("--count", count, 100_000);
        TrainedModel trained = model.load();
        engine.planFor(trained.config().model());
        LatentPrior prior = prior(trained);
        Optional<ColumnTransforms> columns = ModelFiles.columns(model.dir);
        if (columns.isPresent()) {
            TableSamples.write(trained, columns.get(), prior, count, seed, out);
            spec.commandLine().getOut().printf("wrote %s: %d synthetic rows in the original columns, %s%n", out, count, prior.describe());
            return ExitCodes.OK;
        }
        int classes = trained.config().model().conditionClasses();
        if (label != null) {
            if (classes == 0) {
                throw InvalidInputException.of("label", "--label asks a conditional model for a class; " + model.dir + " is not conditional");
            }
            if (label < 0 || label >= classes) {
                throw InvalidInputException.of("label", "--label " + label + " is not one of the model's classes 0.." + (classes - 1));
            }
            int[] labels = new int[count];
            java.util.Arrays.fill(labels, label);
            ModelPictures.writeSamples(trained, prior, count, seed, labels, (int) Math.ceil(Math.sqrt(count)), out);
            spec.commandLine().getOut().printf("wrote %s: %d samples of class %d, %s%n", out, count, label, prior.describe());
            return ExitCodes.OK;
        }
        ModelPictures.writeSamples(trained, prior, count, seed, out);
        String rows = classes == 0 ? "" : String.format(", one row per class (%d of each)", Math.max(1, count / classes));
        spec.commandLine().getOut().printf("wrote %s: %d samples%s, %s%n", out, classes == 0 ? count : Math.max(1, count / classes) * classes, rows,
                prior.describe());
        return ExitCodes.OK;
    }

    private LatentPrior prior(TrainedModel trained) {
        if (trained.config().model().kind() == ModelKind.VAE) {
            return new LatentPrior.StandardNormal(trained.config().model().latentDim()); // no data needed
        }
        Split split = data.loadFor(model.dir, trained.config());
        CommandChecks.sameShape(trained, split);
        return ModelPictures.priorOf(trained, split.train());
    }
}
