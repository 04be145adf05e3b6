package dev.latent.cli;

import dev.latent.viz.ReportNumbers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.InvalidInputException;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.eval.LatentReport;
import dev.latent.io.AtomicFiles;
import dev.latent.model.ModelKind;
import dev.latent.store.DataInfo;
import dev.latent.data.Examples;
import dev.latent.store.RunConfig;
import dev.latent.train.StopRequest;
import dev.latent.store.TrainedModel;
import dev.latent.store.TrainingRun;
import dev.latent.viz.Charts;
import dev.latent.viz.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent sweep}: one VAE per beta, and the trade-off as a table and a plot. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train one VAE per beta and tabulate the reconstruction-vs-KL trade-off.",
            "Each model is trained the way train does, into OUT/beta-B; the report gives reconstruction vs KL, NLL, active units",
            "and sample scores per beta: the seed's beta trade-off as a table (printed, and in OUT/sweep.html with a plot, and OUT/sweep.jsonl)."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--beta", required = true, split = ",", paramLabel = "B,B[,B...]", description = "The KL weights to train, e.g. 0.1,1,4,16.")
    List<Double> betas;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the models and the sweep's page.")
    Path out;

    @Option(names = "--force", description = "Overwrite models already in OUT/beta-B.")
    boolean force;

    @Option(names = "--importance-samples", defaultValue = "100", paramLabel = "K", description = "Samples per image for the NLL bound; 0 skips it. Default: ${DEFAULT-VALUE}.")
    int importanceSamples;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Mixin
    DataOption data;

    @ArgGroup(validate = false, heading = "Model:%n")
    ModelOptions model = new ModelOptions();

    @ArgGroup(validate = false, heading = "Objective:%n")
    ObjectiveOptions objective = new ObjectiveOptions();

    @ArgGroup(validate = false, heading = "Training:%n")
    TrainOptions training = new TrainOptions();

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        engine.apply();
        if (model.kind != ModelKind.VAE) {
            throw new InvalidInputException("sweep trains VAEs: beta weighs the KL term, which an AE does not have; drop --model ae");
        }
        for (double beta : betas) {
            objective.objectiveConfig(beta, ModelKind.VAE); // validates each beta
        }
        Split split = data.loadForTraining();
        engine.planFor(model.modelConfig(split.shape()));
        PrintWriter print = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        double[] xs = new double[betas.size()];
        double[] reconstruction = new double[betas.size()];
        double[] kl = new double[betas.size()];
        StopRequest stop = Signals.stopRequest();
        for (int i = 0; i < betas.size(); i++) {
            double beta = betas.get(i);
            Path dir = out.resolve("beta-" + name(beta));
            RunConfig config = RunOptions.config(model, objective, beta, training, TrainCommand.DEFAULT_EPOCHS,
                    data.specOr(DataSources.DEFAULT), split);
            TrainingRun.prepareFresh(dir, force);
            print.printf("beta %s -> %s%n", name(beta), dir);
            TrainingRun run = new TrainingRun(config).into(dir).stopOn(stop);
            if (!noProgress) {
                run.listen(ProgressBarListener.onStandardError());
            }
            TrainedModel trained = run.listen(new EpochPrinter(print)).run(split, false);
            LatentReport report = LatentReport.of(trained.model(), trained.likelihood(), split, dir, importanceSamples, 1000, config.training().seed());
            ObjectNode node = ReportNumbers.json(ModelKind.VAE.id(), report);
            node.put("beta", beta);
            jsonl.append(node.toString()).append('\n');
            xs[i] = beta;
            reconstruction[i] = report.evaluation().reconstructionNats();
            kl[i] = report.evaluation().klNats();
            rows.add(List.of(name(beta), ReportNumbers.f(report.evaluation().reconstructionNats()), ReportNumbers.f(report.evaluation().klNats()),
                    ReportNumbers.f(report.evaluation().negativeElboNats()), ReportNumbers.f(report.nllNats()), Integer.toString(report.activeUnits()),
                    ReportNumbers.f(report.samples().meanMaxProbability()), ReportNumbers.f(report.samples().frechetDistance())));
        }
        List<String> header = List.of("beta", "reconstruction (nats)", "KL (nats)", "-ELBO (nats)", "NLL K=" + importanceSamples + " (nats)",
                "active units", "sample top prob.", "sample Frechet");
        print.println(String.join(" | ", header));
        rows.forEach(row -> print.println(String.join(" | ", row)));
        AtomicFiles.writeString(out.resolve("sweep.jsonl"), jsonl.toString());
        Map<String, double[][]> series = new LinkedHashMap<>();
        series.put("reconstruction", new double[][] {xs, reconstruction});
        series.put("KL", new double[][] {xs, kl});
        new HtmlReport("latent sweep over beta")
                .paragraph("Test split, per image. Each beta is one VAE trained with the same seed and data; see beta-B/ for each model.")
                .table(header, rows)
                .image("reconstruction and KL (nats per image) against beta", Charts.lines("The beta trade-off", "beta", "nats per image", series, 560, 380))
                .write(out.resolve("sweep.html"));
        print.printf("wrote %s and %s%n", out.resolve("sweep.html"), out.resolve("sweep.jsonl"));
        return ExitCodes.OK;
    }

    /** A beta as a person writes it: 4 for 4.0, 0.1 for 0.1 (the model directory is beta-4, not beta-4.0). */
    static String name(double beta) {
        return new java.math.BigDecimal(Double.toString(beta)).stripTrailingZeros().toPlainString();
    }
}
