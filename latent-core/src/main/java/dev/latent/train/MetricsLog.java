package dev.latent.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.InvalidInputException;
import dev.latent.eval.Evaluation;
import dev.latent.io.AtomicFiles;
import dev.latent.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code metrics.jsonl}: one JSON object per finished epoch (nats per image, images per second).
 * The whole file is rewritten atomically at each epoch end, so it never holds a half line; on
 * resume, lines of epochs that will be run again are dropped.
 */
public final class MetricsLog implements TrainingListener {
    private final Path file;
    private final List<String> lines = new ArrayList<>();

    /** A log that keeps the lines of {@code file} for epochs before {@code firstEpoch}. */
    public MetricsLog(Path file, int firstEpoch) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            for (String line : readLines(file)) {
                JsonNode node = parse(line);
                if (node.path("epoch").asInt(Integer.MAX_VALUE) < firstEpoch) {
                    lines.add(line);
                }
            }
        }
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        lines.add(toJson(result));
        try {
            AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String toJson(EpochResult result) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("epoch", result.epoch());
        node.put("step", result.state().step());
        node.put("train_reconstruction_nats", result.train().reconstructionNats());
        node.put("train_kl_nats", result.train().klNats());
        node.put("train_loss_nats", result.train().lossNats());
        Evaluation test = result.test();
        if (test != null) {
            node.put("test_reconstruction_nats", test.reconstructionNats());
            node.put("test_kl_nats", test.klNats());
            node.put("test_loss_nats", test.negativeElboNats());
            node.put("test_negative_elbo_nats", test.negativeElboNats());
        }
        node.put("samples_per_second", result.train().samplesPerSecond());
        node.put("seconds", result.seconds());
        return node.toString();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": a line is not JSON; delete the file to start the log afresh");
        }
    }
}
