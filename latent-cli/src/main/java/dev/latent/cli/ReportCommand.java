package dev.latent.cli;

import dev.latent.viz.ModelFigures;
import dev.latent.viz.ReportNumbers;

import dev.latent.data.Split;
import dev.latent.eval.LatentReport;
import dev.latent.store.TrainedModel;
import dev.latent.viz.HtmlReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent report}: one self-contained HTML page about one model. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML report of one model: numbers and pictures.",
            "Images are embedded and nothing outside the file is referenced. It holds every number of evaluate --full",
            "and the pictures: reconstructions, samples, latent scatter (PCA when d > 2), interpolations, traversals, the 2-D manifold",
            "(for 2-D latents) and training curves."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelDirOption model;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Mixin
    PageOptions page;

    @Override
    public Integer call() throws Exception {
        CommandChecks.writableFile(page.out);
        CommandChecks.countInRange("--samples", page.samples, 100_000);
        ModelAndData loaded = ModelAndData.load(model, data, engine);
        TrainedModel trained = loaded.trained();
        Split split = loaded.split();
        if (split.test().isTable()) {
            var plan = dev.latent.store.ModelFiles.plan(model.dir);
            dev.latent.viz.TableReport.write(trained, model.dir, split, plan.map(p -> p.labels()).orElse(null),
                    plan.map(p -> p.anomalyLabel()).orElse(null), page.out);
            spec.commandLine().getOut().printf("wrote %s%n", page.out);
            return ExitCodes.OK;
        }
        LatentReport numbers = LatentReport.of(trained.model(), trained.likelihood(), split, model.dir, page.importanceSamples, page.samples, page.seed);
        HtmlReport html = new HtmlReport("latent report: " + model.dir);
        html.paragraph(ModelFigures.describe(trained) + " Test split: " + split.test().name() + ", " + split.test().size() + " images.");
        html.heading("Numbers (per image; nats unless named)");
        html.table(List.of("measure", "value"), ReportNumbers.rows(numbers));
        html.heading("Pictures");
        for (HtmlReport.Figure figure : ModelFigures.of(model.dir.getFileName().toString(), trained, model.dir, split, page.seed).values()) {
            html.image(figure.caption(), figure.image());
        }
        html.write(page.out);
        spec.commandLine().getOut().printf("wrote %s%n", page.out);
        return ExitCodes.OK;
    }
}
