package dev.latent.cli;

import dev.latent.viz.ModelFigures;
import dev.latent.viz.ReportNumbers;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.eval.LatentReport;
import dev.latent.store.TrainedModel;
import dev.latent.viz.ComparisonPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent compare}: models side by side on the same data with the same seeds. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare models side by side in one HTML page.",
            "Same data, same seeds: every number in one table,",
            "and each picture of each model next to the others (the seed's 'latent space differences' page: try an AE and a VAE)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--models", required = true, split = ",", paramLabel = "DIR,DIR[,DIR...]", description = "Model directories (at least 2).")
    List<Path> models;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Mixin
    PageOptions page;

    @Override
    public Integer call() throws Exception {
        engine.apply();
        CommandChecks.writableFile(page.out);
        CommandChecks.countInRange("--samples", page.samples, 100_000);
        if (models.size() < 2) {
            throw new InvalidInputException("--models needs at least two model directories, comma separated");
        }
        long tables = models.stream().filter(dir -> dev.latent.store.ModelFiles.columns(dir).isPresent()).count();
        if (tables > 0) {
            if (tables < models.size()) {
                throw new InvalidInputException("--models mixes table and image models; compare models of one kind of data");
            }
            List<dev.latent.viz.TableComparison.Entry> entries = models.stream().map(dir -> {
                var plan = dev.latent.store.ModelFiles.plan(dir);
                return new dev.latent.viz.TableComparison.Entry(dir, plan.map(p -> p.labels()).orElse(null), plan.map(p -> p.anomalyLabel()).orElse(null));
            }).toList();
            dev.latent.viz.TableComparison.write(entries, dir -> {
                TrainedModel trained = TrainedModel.load(dir);
                engine.planFor(trained.config().model());
                return data.loadFor(dir, trained.config());
            }, page.out);
            spec.commandLine().getOut().printf("wrote %s comparing %d table models%n", page.out, models.size());
            return ExitCodes.OK;
        }
        ComparisonPage.write(models, trained -> {
            engine.planFor(trained.config().model());
            Split split = data.load(trained.config().data().source(), trained.config().data().shape());
            CommandChecks.sameShape(trained, split);
            return split;
        }, page.importanceSamples, page.samples, page.seed, page.out);
        spec.commandLine().getOut().printf("wrote %s comparing %d models%n", page.out, models.size());
        return ExitCodes.OK;
    }
}
