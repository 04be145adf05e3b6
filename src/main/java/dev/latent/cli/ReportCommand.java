package dev.latent.cli;

import dev.latent.data.Split;
import dev.latent.eval.LatentReport;
import dev.latent.train.TrainedModel;
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
        description = {"Write one self-contained HTML file (images embedded, no external references) with every number of evaluate --full",
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

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "HTML file to write.")
    Path out;

    @Option(names = "--importance-samples", defaultValue = "1000", paramLabel = "K", description = "Samples per image for the NLL bound; 0 skips it. Default: ${DEFAULT-VALUE}.")
    int importanceSamples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every sampled number and picture. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws Exception {
        CommandChecks.writableFile(out);
        ModelAndData loaded = ModelAndData.load(model, data, engine);
        TrainedModel trained = loaded.trained();
        Split split = loaded.split();
        LatentReport numbers = LatentReport.of(trained, split, model.dir, importanceSamples, 1000, seed);
        HtmlReport page = new HtmlReport("latent report: " + model.dir);
        page.paragraph(describe(trained) + " Test split: " + split.test().name() + ", " + split.test().size() + " images.");
        page.heading("Numbers (per image; nats unless named)");
        page.table(List.of("measure", "value"), ReportNumbers.rows(numbers));
        page.heading("Pictures");
        for (HtmlReport.Figure figure : ModelFigures.of(model.dir.getFileName().toString(), trained, model.dir, split, seed).values()) {
            page.image(figure.caption(), figure.image());
        }
        page.write(out);
        spec.commandLine().getOut().printf("wrote %s%n", out);
        return ExitCodes.OK;
    }

    static String describe(TrainedModel trained) {
        var m = trained.config().model();
        var o = trained.config().objective();
        return String.format("%s, %s, input %s, hidden %s, latent dimension %d%s; likelihood %s, beta %s; trained %d epochs on %s.",
                m.kind().id().toUpperCase(java.util.Locale.ROOT), m.architecture().id(), m.input(), m.hidden(), m.latentDim(),
                m.upsample() == null ? "" : ", channels " + m.channels() + ", upsampling " + m.upsample().id(),
                o.likelihood().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT), o.beta(),
                trained.config().training().epochs(), trained.config().data().source());
    }
}
