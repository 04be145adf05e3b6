package dev.latent.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.InvalidInputException;
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
 * {@code metrics.jsonl}: one JSON object per finished epoch, keyed as {@link EpochResult#metrics} (the
 * unit ends each key: nats per image), with images per second and seconds.
 * The whole file is rewritten atomically at each epoch end, so it never holds a half line; on
 * resume, lines of epochs that will be run again are dropped.
 */
public final class MetricsLog implements TrainingListener {
    /** Keys every line has besides the metrics ({@code train_*}, {@code test_*}). */
    public static final String EPOCH = "epoch";
    public static final String SAMPLES_PER_SECOND = "samples_per_second";

    private final Path file;
    private final List<String> lines = new ArrayList<>();

    /** A log that keeps the lines of {@code file} for epochs before {@code firstEpoch}. */
    public MetricsLog(Path file, int firstEpoch) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            for (String line : readLines(file)) {
                JsonNode node = parse(file, line);
                if (node.path(EPOCH).asInt(Integer.MAX_VALUE) < firstEpoch) {
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

    /** The line of one epoch: {@code epoch}, {@code step}, every metric of {@link EpochResult#metrics}, throughput and time. */
    static String toJson(EpochResult result) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put(EPOCH, result.epoch());
        node.put("step", result.state().step());
        result.metrics().forEach(node::put);
        node.put(SAMPLES_PER_SECOND, result.train().samplesPerSecond());
        node.put("seconds", result.seconds());
        return node.toString();
    }

    /** The lines of {@code file}, each as JSON, for readers of the log (training curves). */
    public static List<JsonNode> read(Path file) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : readLines(file)) {
            nodes.add(parse(file, line));
        }
        return nodes;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    private static JsonNode parse(Path file, String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": a line is not JSON; delete the file to start the log afresh");
        }
    }
}
