package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.data.SplitPlan;
import dev.latent.data.TableData;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.eval.AnomalyScore;
import dev.latent.eval.AnomalyScorer;
import dev.latent.eval.Threshold;
import dev.latent.eval.ThresholdRule;
import dev.latent.store.ModelData;
import dev.latent.store.ModelFiles;
import dev.latent.store.TrainedModel;
import dev.latent.store.ValidationRows;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent score}: an anomaly score per row or image, a threshold with its origin, and metrics when labels are there. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score rows (a CSV, streamed) or images by how badly the model explains them; flag those over a threshold.",
            "Writes --out (row, label, score, flagged, and for tables the 3 columns contributing most) and threshold.json beside it;"
                + " with labels also ROC AUC, average precision and precision/recall/F1 at the threshold, and ROC and PR charts."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelDirOption model;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Scores to write (CSV).")
    Path out;

    @Option(names = "--score", defaultValue = "elbo", paramLabel = "elbo|nll|reconstruction",
            description = {"elbo: the negative ELBO, nats (reconstruction at the posterior mean + KL; deterministic); "
                + "nll: the importance-weighted NLL with --importance-samples K, nats (VAE); "
                + "reconstruction: squared distance to the mean reconstruction (as PyOD). Default: ${DEFAULT-VALUE}."})
    String score;

    @Option(names = "--importance-samples", defaultValue = "100", paramLabel = "K", description = "K for --score nll. Default: ${DEFAULT-VALUE}.")
    int importanceSamples;

    @Option(names = "--threshold", defaultValue = "quantile:0.99", paramLabel = "RULE",
            description = {"quantile:Q (of the scores of the normal validation rows held out at training), contamination:P (the expected share "
                + "of anomalies in the scored rows), f1 (maximises F1 on the labelled validation rows), value:X. Default: ${DEFAULT-VALUE}."})
    String threshold;

    @Option(names = "--anomaly-label", paramLabel = "VALUE", description = "The label of anomalies, for metrics. Default: the one named at training.")
    String anomalyLabel;

    @Option(names = "--flag-only", description = "Write only the rows over the threshold.")
    boolean flagOnly;

    @Option(names = "--seed", defaultValue = "1", description = "Noise seed of --score nll. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--no-charts", description = "Do not write the ROC and PR charts beside --out.")
    boolean noCharts;

    @Override
    public Integer call() throws Exception {
        CommandChecks.writableFile(out);
        ThresholdRule rule = ThresholdRule.parse(threshold);
        AnomalyScore kind = AnomalyScore.parse(score);
        engine.apply();
        TrainedModel trained = model.load();
        engine.planFor(trained.config().model());
        AnomalyScorer scorer = new AnomalyScorer(trained.autoencoder(), trained.likelihood(), kind, importanceSamples, seed);
        ImageShape shape = trained.config().model().input();
        Optional<SplitPlan> plan = ModelFiles.plan(model.dir);
        Optional<ColumnTransforms> columns = ModelFiles.columns(model.dir);
        String anomaly = anomalyLabel != null ? anomalyLabel : plan.map(SplitPlan::anomalyLabel).orElse(null);
        ValidationRows validation = ValidationRows.load(model.dir, shape).orElse(null);
        double[] validationScores = validation == null ? null : validation.scores(scorer, shape);
        boolean[] validationAnomalous = validation == null ? null : validation.anomalous();
        double[] scored = rule instanceof ThresholdRule.Contamination ? ScorePass.scoresOnly(scorer, shape, () -> rows(trained, columns, plan)) : null;
        Threshold chosen = Threshold.choose(rule, validationScores, validationAnomalous, scored, kind.column());
        ScorePass pass = new ScorePass(scorer, shape, chosen, anomaly, flagOnly);
        try (ScoreRows rows = rows(trained, columns, plan)) {
            pass.write(rows, out);
            ScoreSummary summary = new ScoreSummary(pass, chosen, kind, rows.name(), rows.unknownCounts());
            summary.writeBeside(out, !noCharts);
            summary.print(spec.commandLine().getOut(), json, out);
        }
        return ExitCodes.OK;
    }

    /** The rows to score: every row of a CSV given with --data (streamed), else the test split of the data. */
    private ScoreRows rows(TrainedModel trained, Optional<ColumnTransforms> columns, Optional<SplitPlan> plan) {
        if (columns.isPresent() && data.spec != null && !java.nio.file.Files.isDirectory(Path.of(data.spec))) {
            if (!TableData.isTable(data.spec)) {
                throw InvalidInputException.of("data", data.spec + ": not a .csv file; the model in " + model.dir + " scores table rows");
            }
            return ScoreRows.csv(Path.of(data.spec), columns.get(), data.csv());
        }
        var split = data.loadFor(model.dir, trained.config());
        return ScoreRows.of(split.test(), plan.map(SplitPlan::labels).orElse(null), columns.map(ColumnTransforms::labelColumn).orElse(null));
    }

    /** Opens the rows again, for a second pass. */
    interface Reopen {
        ScoreRows open();
    }
}
