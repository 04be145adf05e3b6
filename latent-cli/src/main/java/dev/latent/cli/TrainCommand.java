package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.data.SplitPlan;
import dev.latent.data.TableData;
import dev.latent.store.ModelFiles;
import dev.latent.store.DataInfo;
import dev.latent.data.Examples;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainedModel;
import dev.latent.train.StopRequest;
import dev.latent.store.TrainingRun;
import dev.latent.viz.EpochSamples;
import dev.latent.nn.ProcessGroup;
import dev.latent.train.DataParallel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent train}: trains an AE or VAE into a model directory. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an autoencoder or VAE; writes config.json, model.safetensors, metrics.jsonl and checkpoints/ into --out.",
            "Ctrl-C or SIGTERM: finish the step, write a checkpoint, exit 130 or 143 (a second signal exits at once).",
            "Exit codes: 0 done, 2 bad input, 3 training diverged (NaN/Inf loss or gradient), 4 cannot write, 6 a process of a data-parallel run lost the others, 130/143 stopped by a signal."})
final class TrainCommand implements Callable<Integer> {
    static final int DEFAULT_EPOCHS = 10;
    /** Tables are small and an epoch takes a fraction of a second; 100 epochs beat 30 clearly on machines.csv (README). */
    static final int TABLE_EPOCHS = 100;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Model directory to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite a model already in --out.")
    boolean force;

    @Option(names = "--resume", description = "Continue the model in --out from its newest valid checkpoint (its config.json is used; --epochs may raise the total).")
    boolean resume;

    @Option(names = "--no-progress", description = "No progress bar (the per-epoch lines stay).")
    boolean noProgress;

    @Option(names = "--sample-every-epoch", description = "After every epoch, write the images of one fixed batch of 64 codes z ~ N(0, I) "
            + "to --out/samples/epoch-NNN.png (a GAN's progress, or a VAE decoder's).")
    boolean sampleEveryEpoch;

    @Mixin
    DataOption data;

    @ArgGroup(validate = false, heading = "Model:%n")
    ModelOptions model = new ModelOptions();

    @ArgGroup(validate = false, heading = "Objective:%n")
    ObjectiveOptions objective = new ObjectiveOptions();

    @Mixin
    BetaOption beta;

    @Option(names = "--importance-samples", paramLabel = "K", description = "With --objective iwae: samples per image. Default: 5.")
    Integer importanceSamples;

    @ArgGroup(validate = false, heading = "Training:%n")
    TrainOptions training = new TrainOptions();

    @ArgGroup(validate = false, heading = "Tables and anomalies:%n")
    TableOptions table = new TableOptions();

    @Mixin
    EngineOptions engine;

    @ArgGroup(validate = false, heading = "Many processes (data-parallel; README \"More than one CPU\"):%n")
    ProcessOptions processes = new ProcessOptions();

    @Override
    public Integer call() throws Exception {
        int workers = processes.processes();
        if (workers > 1) {
            return WorkerLauncher.run(WorkerLauncher.withoutProcesses(trainArgs()), workers, spec.commandLine().getErr());
        }
        ProcessOptions.Membership member = processes.membership(System.getenv());
        engine.apply();
        objective.importanceSamples = importanceSamples; // the group object exists only once parsing is done
        if (resume && force) {
            throw new InvalidInputException("--resume and --force contradict each other; choose one");
        }
        RunConfig config;
        Split split;
        TrainingRun run;
        if (resume) {
            config = resumedConfig();
            split = dev.latent.store.ModelData.of(out, config, data.csv());
            run = new TrainingRun(config);
            if (!split.train().isTable()) {
                ModelFiles.plan(out).ifPresent(plan -> run.holdout(plan.holdout())); // a table's rows come divided
            }
        } else {
            String source = data.specOr(DataSources.DEFAULT);
            if (TableData.isTable(source)) {
                model.tableConfig(new dev.latent.data.ImageShape(1, 1, 1)); // refuses conv before the table is read
                TableData.Prepared prepared = TableData.forTraining(source, table.settings(data.csv()));
                prepared.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
                split = prepared.split();
                config = RunOptions.tableConfig(model, beta.beta, objective, training, TABLE_EPOCHS, source, split, prepared.columns());
                run = new TrainingRun(config).plan(prepared.plan()).columns(prepared.columns());
            } else {
                split = data.loadForTraining();
                config = freshConfig(source, split);
                run = new TrainingRun(config);
                double validation = table.validation(false);
                if (validation > 0 || table.anomalyLabel != null) {
                    run.plan(new SplitPlan(null, table.splitSeed, validation, null, table.anomalyLabel));
                }
            }
        }
        engine.planFor(config.model());
        try (ProcessGroup group = member == null ? null : ProcessGroup.join(member.host(), member.port(), member.rank(), member.worldSize(),
                member.timeout())) {
            boolean leader = group == null || group.rank() == 0;
            if (!resume && leader) {
                TrainingRun.prepareFresh(out, force);
            }
            if (group != null) {
                run.across(new DataParallel(group));
            }
            train(run, config, split, leader);
        }
        return ExitCodes.OK;
    }

    private void train(TrainingRun run, RunConfig config, Split split, boolean leader) {
        run.into(out).stopOn(Signals.stopRequest());
        if (leader) { // the other processes of a data-parallel run stay quiet
            if (!noProgress) {
                run.listen(ProgressBarListener.onStandardError());
            }
            if (sampleEveryEpoch) {
                run.listen(model -> new EpochSamples(model, config.objective().likelihood(), out, config.training().seed()));
            }
            run.listen(new EpochPrinter(spec.commandLine().getOut(), split.train().isTable() ? "row" : "image"));
        }
        run.run(split, resume);
        if (leader) {
            spec.commandLine().getOut().printf("model written to %s%n", out);
        }
    }

    /** This command's arguments as given (after {@code train}). */
    private List<String> trainArgs() {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        int at = all.indexOf(spec.name());
        return at >= 0 && spec.parent() != null ? all.subList(at + 1, all.size()) : all;
    }

    private RunConfig freshConfig(String source, Split split) {
        return RunOptions.config(model, objective, beta.beta, training, DEFAULT_EPOCHS, source, split);
    }

    private RunConfig resumedConfig() {
        RunConfig saved = TrainedModel.readConfig(out);
        return training.epochs == null ? saved : saved.withTraining(saved.training().withEpochs(training.epochs));
    }
}
