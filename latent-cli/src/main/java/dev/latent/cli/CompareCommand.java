package dev.latent.cli;

import dev.latent.viz.ModelFigures;
import dev.latent.viz.ReportNumbers;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.eval.LatentReport;
import dev.latent.store.TrainedModel;
import dev.latent.viz.HtmlReport;
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
        if (models.size() < 2) {
            throw new InvalidInputException("--models needs at least two model directories, comma separated");
        }
        writePage(models, trained -> data.load(trained.config().data().source(), trained.config().data().shape()), engine, page.importanceSamples, page.seed, page.out);
        spec.commandLine().getOut().printf("wrote %s comparing %d models%n", page.out, models.size());
        return ExitCodes.OK;
    }

    /** The comparison page of {@code models}, each evaluated on the split {@code dataFor} gives it. */
    static void writePage(List<Path> models, java.util.function.Function<TrainedModel, Split> dataFor, EngineOptions engine,
            int importanceSamples, long seed, Path out) throws java.io.IOException {
        List<String> header = new ArrayList<>(List.of("measure"));
        List<List<String>> rows = null;
        List<java.util.Map<String, HtmlReport.Figure>> figures = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Path dir : models) {
            TrainedModel trained = TrainedModel.load(dir);
            engine.planFor(trained.config().model());
            Split split = dataFor.apply(trained);
            CommandChecks.sameShape(trained, split);
            LatentReport numbers = LatentReport.of(trained.model(), trained.objective().likelihood(), split, dir, importanceSamples, 1000, seed);
            String name = dir.getFileName().toString();
            header.add(name);
            descriptions.add(name + ": " + ReportCommand.describe(trained));
            List<List<String>> own = ReportNumbers.rows(numbers);
            if (rows == null) {
                rows = new ArrayList<>();
                for (List<String> row : own) {
                    rows.add(new ArrayList<>(List.of(row.get(0))));
                }
            }
            for (int i = 0; i < own.size(); i++) {
                rows.get(i).add(own.get(i).get(1));
            }
            figures.add(ModelFigures.of(name, trained, dir, split, seed));
        }
        HtmlReport page = new HtmlReport("latent compare: " + String.join(" vs ", header.subList(1, header.size())));
        descriptions.forEach(page::paragraph);
        page.heading("Numbers (per image; nats unless named; same test data and seeds)");
        page.table(header, rows);
        page.heading("Pictures, side by side");
        for (String slot : ModelFigures.SLOTS) {
            List<HtmlReport.Figure> row = new ArrayList<>();
            for (java.util.Map<String, HtmlReport.Figure> own : figures) {
                if (own.containsKey(slot)) {
                    row.add(own.get(slot));
                }
            }
            if (!row.isEmpty()) {
                page.row(row);
            }
        }
        page.write(out);
    }
}
