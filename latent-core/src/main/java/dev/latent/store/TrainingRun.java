package dev.latent.store;

import dev.latent.train.StopRequest;
import dev.latent.train.Checkpoints;
import dev.latent.train.Checkpointer;
import dev.latent.train.Trainer;
import dev.latent.train.TrainingState;
import dev.latent.train.MetricsLog;
import dev.latent.train.TrainingListener;
import dev.latent.data.Examples;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.model.LatentModel;
import dev.latent.model.Models;
import dev.latent.nn.Tensor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One training run into a model directory: config.json first, then epochs with checkpoints and
 * metrics, then model.safetensors. Used by {@code latent train}, {@code latent demo} and the Java
 * API alike.
 */
public final class TrainingRun {
    /** Files latent owns in a model directory; {@code --force} removes only these. */
    static final List<String> OWNED = List.of(TrainedModel.CONFIG, TrainedModel.WEIGHTS, TrainedModel.METRICS);

    private final RunConfig config;
    private final Path dir;
    private final PrintWriter out;
    private final PrintStream progress;
    private StopRequest stop = new StopRequest();

    /**
     * @param progress where the progress bar goes, or null for none
     */
    public TrainingRun(RunConfig config, Path dir, PrintWriter out, PrintStream progress) {
        this.config = config;
        this.dir = dir;
        this.out = out;
        this.progress = progress;
    }

    /** Stops cleanly (checkpoint first) when {@code request} is set, e.g. by a signal. */
    public TrainingRun stopOn(StopRequest request) {
        this.stop = request;
        return this;
    }

    /** Refuses a directory that already holds a model unless {@code force}; then clears latent's files. */
    public static void prepareFresh(Path dir, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is a file, not a directory; choose another --out");
        }
        boolean holdsModel = OWNED.stream().anyMatch(name -> Files.exists(dir.resolve(name))) || Files.exists(dir.resolve(Checkpoints.FOLDER));
        if (holdsModel && !force) {
            throw new InvalidInputException(dir + " already holds a model; use --force to overwrite it or --resume to continue it");
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

    /** Trains from scratch, or from the newest valid checkpoint when {@code resume}. */
    public TrainedModel run(Split data, boolean resume) throws IOException {
        return run(data, resume, new TrainingListener() {});
    }

    /** As {@link #run(Split, boolean)}, with one more listener (after the standard ones). */
    public TrainedModel run(Split data, boolean resume, TrainingListener extra) throws IOException {
        checkData(data);
        LatentModel model = Models.build(config.model(), config.training().seed());
        Trainer trainer = new Trainer(model, config.objective().build(), config.training()).stopOn(stop);
        Checkpoints checkpoints = new Checkpoints(dir);
        TrainingState start = TrainingState.start();
        if (resume) {
            start = checkpoints.restoreNewest(model.parameters(), trainer.optimizer()).orElse(null);
            if (start == null) {
                // killed before its first checkpoint: nothing to lose by starting over from the seed
                out.printf("no valid checkpoint in %s: starting from the beginning%n", dir);
                start = TrainingState.start();
            } else {
                out.printf("resuming %s at epoch %d, step %d%n", dir, start.epoch(), start.step());
            }
        }
        new TrainedModel(config, model).save(dir); // config.json now, so that a crashed run can be resumed
        trainer.addListener(new MetricsLog(dir.resolve(TrainedModel.METRICS), start.epoch())); // before the checkpoint
        trainer.addListener(new Checkpointer(checkpoints, model.parameters(), trainer.optimizer(), config.training().checkpointEvery()));
        trainer.addListener(extra);
        Tensor train = Examples.images(data.train());
        Tensor test = Examples.images(data.test());
        trainer.fit(train, test, start);
        TrainedModel trained = new TrainedModel(config, model);
        trained.save(dir);
        return trained;
    }

    private void checkData(Split data) {
        if (!Examples.shape(data.train()).equals(config.model().input())) {
            throw new InvalidInputException("the data's images are " + Examples.shape(data.train()) + " but the model expects "
                    + config.model().input() + "; use the data the model was made for");
        }
    }
}
