package dev.latent.train;

import dev.latent.nn.Weights;

import dev.latent.InvalidInputException;
import dev.latent.io.AtomicFiles;
import dev.latent.io.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints in {@code DIR/checkpoints/step-NNNNNNNNNN.safetensors}: the training step's state
 * (weights, optimizer moments), its counters and the training state (in the header metadata), written atomically,
 * then a {@code .sha256} manifest beside each. A checkpoint counts only when its manifest exists
 * and matches, so a file cut short by a crash or damaged later is never adopted. The newest few
 * are kept; resuming takes the newest one that reads back valid.
 */
public final class Checkpoints {
    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);
    public static final String FOLDER = "checkpoints";
    public static final int KEEP = 3;
    /** Metadata prefixes: the step's counters (optimizer steps) and the epoch-in-progress sums. */
    private static final String COUNTER = "counter.";
    private static final String EPOCH_SUM = "epoch_sum.";

    private final Path folder;

    public Checkpoints(Path modelDir) {
        this.folder = modelDir.resolve(FOLDER);
    }

    /** Saves the run's state after {@code state.step()} steps, then prunes old checkpoints. */
    public Path save(TrainingState state, TrainingStep step) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(String.format("step-%010d.safetensors", state.step()));
        Weights.save(file, step.state(), metadata(state, step));
        AtomicFiles.writeString(manifest(file), Digests.sha256(file) + "  " + file.getFileName() + "\n");
        prune();
        return file;
    }

    /**
     * Loads the newest valid checkpoint into {@code step}'s state; a damaged newer one is skipped
     * with a warning naming it.
     */
    public Optional<TrainingState> restoreNewest(TrainingStep step) {
        removeTemporaries();
        for (Path file : newestFirst()) {
            try {
                verify(file);
                Map<String, String> metadata = Weights.load(file, step.state());
                TrainingState state = state(file, metadata);
                step.restoreCounters(counters(metadata));
                return Optional.of(state);
            } catch (InvalidInputException | IllegalArgumentException | NullPointerException e) {
                LOG.warn("skipping damaged checkpoint {}: {}", file, e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Checkpoint files, newest (highest step) first. */
    public List<Path> newestFirst() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("step-\\d{10}\\.safetensors")).toList());
            found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Temporary files of writes that a crash interrupted: never valid, safe to delete. */
    private void removeTemporaries() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().contains(".tmp-")).toList()) {
                LOG.info("removing {}, left by an interrupted write", file.getFileName());
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not remove temporary files in {}: {}", folder, e.getMessage());
        }
    }

    private void prune() throws IOException {
        List<Path> files = newestFirst();
        for (int i = KEEP; i < files.size(); i++) {
            Files.deleteIfExists(manifest(files.get(i)));
            Files.deleteIfExists(files.get(i));
        }
    }

    static Path manifest(Path checkpoint) {
        return checkpoint.resolveSibling(checkpoint.getFileName() + ".sha256");
    }

    /** The checkpoint's SHA-256 must match its manifest (written only after the checkpoint was whole). */
    private static void verify(Path file) {
        Path manifest = manifest(file);
        String expected;
        try {
            expected = Files.readString(manifest).trim().split("\\s+")[0];
        } catch (IOException e) {
            throw new InvalidInputException(file + ": no checksum manifest (" + manifest.getFileName() + "); the write did not finish");
        }
        String actual = Digests.sha256(file);
        if (!actual.equals(expected)) {
            throw new InvalidInputException(file + ": SHA-256 " + actual + " does not match its manifest " + expected + "; the file is damaged");
        }
    }

    private static Map<String, String> metadata(TrainingState state, TrainingStep step) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "latent-checkpoint");
        metadata.put("epoch", Integer.toString(state.epoch()));
        metadata.put("batch", Integer.toString(state.batch()));
        metadata.put("step", Long.toString(state.step()));
        step.counters().forEach((name, value) -> metadata.put(COUNTER + name, Long.toString(value)));
        EpochSums sums = state.partial();
        sums.sums().forEach((name, sum) -> metadata.put(EPOCH_SUM + name, Double.toString(sum)));
        metadata.put("epoch_images", Long.toString(sums.images()));
        metadata.put("epoch_train_seconds", Double.toString(sums.trainSeconds()));
        return metadata;
    }

    private static Map<String, Long> counters(Map<String, String> metadata) {
        Map<String, Long> counters = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key.startsWith(COUNTER)) {
                counters.put(key.substring(COUNTER.length()), Long.parseLong(value));
            }
        });
        return counters;
    }

    private static TrainingState state(Path file, Map<String, String> metadata) {
        if (!"latent-checkpoint".equals(metadata.get("format"))) {
            throw new InvalidInputException(file + ": not a latent checkpoint (metadata format is " + metadata.get("format") + ")");
        }
        Map<String, Double> partial = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key.startsWith(EPOCH_SUM)) {
                partial.put(key.substring(EPOCH_SUM.length()), Double.parseDouble(value));
            }
        });
        EpochSums sums = new EpochSums(partial, Long.parseLong(metadata.get("epoch_images")),
                Double.parseDouble(metadata.get("epoch_train_seconds")));
        return new TrainingState(Integer.parseInt(metadata.get("epoch")), Integer.parseInt(metadata.get("batch")),
                Long.parseLong(metadata.get("step")), sums);
    }
}
