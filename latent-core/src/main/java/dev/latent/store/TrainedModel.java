package dev.latent.store;

import dev.latent.nn.Weights;

import dev.latent.InvalidInputException;
import dev.latent.io.Json;
import dev.latent.model.LatentModel;
import dev.latent.model.Models;
import dev.latent.model.Generator;
import dev.latent.objective.Likelihood;
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
 * @param model the model with its weights (an AE or VAE, or a GAN's generator and discriminator)
 */
public record TrainedModel(RunConfig config, Generator model) {
    public static final String CONFIG = "config.json";
    public static final String WEIGHTS = "model.safetensors";
    public static final String METRICS = "metrics.jsonl";
    /** In a fixed order (not Map.of's, which varies per JVM), so the same weights give the same file bytes. */
    private static final Map<String, String> METADATA = metadata();

    /**
     * The model as an autoencoder (AE or VAE), for what needs an encoder: encode, reconstruct,
     * evaluate the ELBO.
     *
     * @throws InvalidInputException for a GAN, in one line saying why
     */
    public LatentModel autoencoder() {
        if (model instanceof LatentModel autoencoder) {
            return autoencoder;
        }
        throw InvalidInputException.of("model", "a GAN has no encoder and no likelihood: it cannot encode, reconstruct or be scored by an"
                + " ELBO; it can sample, and be compared by its samples");
    }

    /** How the decoder's logits become images (and, for an AE or VAE, p(x|z)). */
    public Likelihood likelihood() {
        return config.objective().likelihood();
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
        Generator model = config.newModel();
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
        return Json.read(file, RunConfig.class, ConfigUpgrade::toCurrent);
    }

    private static Map<String, String> metadata() {
        Map<String, String> metadata = new java.util.LinkedHashMap<>();
        metadata.put("format", "latent-model");
        metadata.put("format_version", "1");
        return java.util.Collections.unmodifiableMap(metadata);
    }
}
