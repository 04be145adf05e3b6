package dev.latent.store;

import dev.latent.nn.Weights;

import dev.latent.InvalidInputException;
import dev.latent.io.Json;
import dev.latent.model.LatentModel;
import dev.latent.model.Models;
import dev.latent.objective.Elbo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A model directory: {@code config.json} (how it was made), {@code model.safetensors} (the
 * weights, loadable in Python with the safetensors package) and {@code metrics.jsonl}.
 *
 * @param config how the model was made
 * @param model the model with its weights
 */
public record TrainedModel(RunConfig config, LatentModel model) {
    public static final String CONFIG = "config.json";
    public static final String WEIGHTS = "model.safetensors";
    public static final String METRICS = "metrics.jsonl";
    /** In a fixed order (not Map.of's, which varies per JVM), so the same weights give the same file bytes. */
    private static final Map<String, String> METADATA = metadata();

    /** The objective the model was trained on. */
    public Elbo objective() {
        return config.objective().build();
    }

    /**
     * Writes config.json and model.safetensors into {@code dir} (each atomically).
     *
     * @throws UncheckedIOException when a file cannot be written (earlier files stay whole)
     */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            Json.write(dir.resolve(CONFIG), config);
            Weights.save(dir.resolve(WEIGHTS), model.parameters(), METADATA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads the config, rebuilds the model it describes and loads the checked weights. */
    public static TrainedModel load(Path dir) {
        RunConfig config = readConfig(dir);
        Path weights = dir.resolve(WEIGHTS);
        if (!Files.isRegularFile(weights)) {
            throw new InvalidInputException(weights + ": no weights file; train the model into " + dir + " first");
        }
        LatentModel model = Models.build(config.model(), config.training().seed());
        Weights.load(weights, model.parameters());
        return new TrainedModel(config, model);
    }

    /** Reads and checks {@code dir/config.json}. */
    public static RunConfig readConfig(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": no such model directory; train a model into it first");
        }
        Path file = dir.resolve(CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": missing; " + dir + " is not a latent model directory");
        }
        return Json.read(file, RunConfig.class);
    }

    private static Map<String, String> metadata() {
        Map<String, String> metadata = new java.util.LinkedHashMap<>();
        metadata.put("format", "latent-model");
        metadata.put("format_version", "1");
        return java.util.Collections.unmodifiableMap(metadata);
    }
}
