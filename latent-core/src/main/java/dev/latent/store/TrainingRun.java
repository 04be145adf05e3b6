package dev.latent.store;

import dev.latent.InvalidInputException;
import dev.latent.data.Examples;
import dev.latent.data.Holdout;
import dev.latent.data.SplitPlan;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.Split;
import dev.latent.eval.Conditioning;
import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.model.Models;
import dev.latent.objective.Terms;
import dev.latent.train.Checkpointer;
import dev.latent.train.DataParallel;
import dev.latent.train.EarlyStopping;
import dev.latent.train.Checkpoints;
import dev.latent.train.MetricsLog;
import dev.latent.train.TrainingStep;
import dev.latent.train.StopRequest;
import dev.latent.train.Trainer;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One training run as its {@link RunConfig} says: the model built from its seed, the training step
 * and per-epoch measurements its objective makes (the test split's ELBO for an AE or VAE), and the loop. Into a model
 * directory ({@link #into}) it also writes config.json first, checkpoints and metrics.jsonl as it
 * goes, and model.safetensors at the end, and can resume. {@code latent train}, {@code latent
 * demo}, {@code latent sweep} and the Java API all train through it.
 */
public final class TrainingRun {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Files latent owns in a model directory; {@code force} removes only these. */
    static final List<String> OWNED = List.of(TrainedModel.CONFIG, TrainedModel.WEIGHTS, TrainedModel.METRICS, ValidationRows.FILE,
            ModelFiles.COLUMNS, ModelFiles.SPLIT, ModelFiles.THRESHOLD);

    private final RunConfig config;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private final List<Function<Generator, TrainingListener>> modelListeners = new ArrayList<>();
    private Path dir;
    private StopRequest stop = new StopRequest();
    private Holdout holdout = Holdout.NONE;
    private SplitPlan plan;
    private ColumnTransforms columns;
    private DataParallel parallel;

    public TrainingRun(RunConfig config) {
        this.config = config;
    }

    /** Trains into model directory {@code dir}: config, checkpoints, metrics and weights. */
    public TrainingRun into(Path modelDir) {
        this.dir = modelDir;
        return this;
    }

    /** Adds a listener after the run's own (evaluation, metrics, checkpoints). */
    public TrainingRun listen(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Adds a listener made from the model once it is built (e.g. one that draws its samples every epoch). */
    public TrainingRun listen(Function<Generator, TrainingListener> ofModel) {
        modelListeners.add(ofModel);
        return this;
    }

    /** Stops cleanly (checkpoint first) when {@code request} is set, e.g. by a signal. */
    public TrainingRun stopOn(StopRequest request) {
        this.stop = request;
        return this;
    }

    /**
     * Divides the training split before training: a validation split held out (saved as {@link
     * ValidationRows}) and anomalies kept out of training. Data that comes with its validation split
     * (a table, divided before its columns are fitted) keeps it; the anomaly class is recorded either way.
     */
    public TrainingRun holdout(Holdout division) {
        this.holdout = division;
        return this;
    }

    /** Divides as {@code splitPlan} says, and saves it as split.json so later commands find the same rows. */
    public TrainingRun plan(SplitPlan splitPlan) {
        this.plan = splitPlan;
        return holdout(splitPlan.holdout());
    }

    /** A table's column transforms, saved as columns.json so later commands encode rows the same way. */
    public TrainingRun columns(ColumnTransforms transforms) {
        this.columns = transforms;
        return this;
    }

    /**
     * Trains as one process of a data-parallel run: this process's piece of every batch, gradients
     * summed over the processes. Only rank 0 writes into the model directory (and, resuming, reads its
     * checkpoint; the others take rank 0's weights, optimizer state and position).
     */
    public TrainingRun across(DataParallel processes) {
        this.parallel = processes;
        return this;
    }

    /** Refuses a directory that already holds a model unless {@code force}; then clears latent's files. */
    public static void prepareFresh(Path dir, boolean force) {
        try {
            clear(dir, force);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir + " for a new model: " + e.getMessage(), e);
        }
    }

    private static void clear(Path dir, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InvalidInputException.of("dir", dir + " is a file, not a directory; choose another directory for the model");
        }
        boolean holdsModel = OWNED.stream().anyMatch(name -> Files.exists(dir.resolve(name))) || Files.exists(dir.resolve(Checkpoints.FOLDER));
        if (holdsModel && !force) {
            throw InvalidInputException.of("force", dir + " already holds a model; overwrite it (force) or continue it (resume)");
        }
        for (String name : OWNED) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Path checkpoints = dir.resolve(Checkpoints.FOLDER);
        if (Files.isDirectory(checkpoints)) {
            try (Stream<Path> files = Files.list(checkpoints)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(checkpoints);
        }
        Files.createDirectories(dir);
    }

    /**
     * Trains from scratch, or, when {@code resume}, from the newest valid checkpoint in the model
     * directory (from the beginning if there is none).
     *
     * @throws UncheckedIOException when a file of the model directory cannot be written
     */
    public TrainedModel run(Split split, boolean resume) {
        Split data = split.hasValidation() ? split : holdout.apply(split);
        checkData(data);
        if (resume && dir == null) {
            throw new IllegalStateException("only a run into a model directory can resume");
        }
        Generator model = config.newModel();
        TrainingStep step = config.objective().step(model, config.training());
        if (parallel != null) {
            step = parallel.wrap(step);
        }
        Trainer trainer = new Trainer(step, config.training()).stopOn(stop);
        TrainingState start = TrainingState.start();
        boolean writes = dir != null && (parallel == null || parallel.leader());
        if (writes) {
            Checkpoints checkpoints = new Checkpoints(dir);
            if (resume) {
                start = checkpoints.restoreNewest(step).orElseGet(() -> {
                    // killed before its first checkpoint: nothing to lose by starting over from the seed
                    LOG.warn("no valid checkpoint in {}: starting from the beginning", dir);
                    return TrainingState.start();
                });
            }
            new TrainedModel(config, model).save(dir); // config.json now, so that a crashed run can be resumed
            if (plan != null) {
                ModelFiles.write(dir.resolve(ModelFiles.SPLIT), plan);
            }
            if (columns != null) {
                ModelFiles.write(dir.resolve(ModelFiles.COLUMNS), columns);
            }
            if (data.hasValidation()) {
                ValidationRows.of(data.validation(), holdout.anomalyClass()).save(dir, config.model().input());
            }
            trainer.addListener(new MetricsLog(dir.resolve(TrainedModel.METRICS), start.epoch())); // before the checkpoint
            trainer.addListener(new Checkpointer(checkpoints, step, config.training().checkpointEvery()));
        }
        if (parallel != null) {
            start = parallel.agree(step, start);
        }
        listeners.forEach(trainer::addListener);
        modelListeners.forEach(ofModel -> trainer.addListener(ofModel.apply(model)));
        // last: they measure before anyone sees an epoch's result, and a stop they ask for comes after its checkpoint and line
        config.objective().measurements(model, data).forEach(trainer::addListener);
        if (config.training().earlyStopPatience() > 0) {
            trainer.addListener(new EarlyStopping(config.training().earlyStopPatience(), "test_" + Terms.NEGATIVE_ELBO, model.parameters()));
        }
        trainer.fit(Examples.of(data.train()), start);
        TrainedModel trained = new TrainedModel(config, model);
        if (writes) {
            trained.save(dir);
            if (model instanceof LatentModel autoencoder) { // the validation rows of this run, or of the run it resumed
                ValidationRows.load(dir, config.model().input()).ifPresent(rows -> ModelFiles.write(dir.resolve(ModelFiles.THRESHOLD),
                        rows.threshold(autoencoder, config.objective().likelihood(), config.model().input())));
            }
        }
        return trained;
    }

    private void checkData(Split data) {
        if (config.model().conditional()) {
            if (data.train().isTable()) {
                throw InvalidInputException.of("conditional", "conditioning on labels is for images; a table's label column stays out of its inputs");
            }
            Conditioning.labels(config.model().conditionClasses(), data.train()); // every image labelled, every label one of the classes
            Conditioning.labels(config.model().conditionClasses(), data.test());
        }
        if (!data.shape().equals(config.model().input())) {
            throw InvalidInputException.of("data", "the data's images are " + data.shape() + " but the model expects "
                    + config.model().input() + "; use the data the model was made for");
        }
    }
}
