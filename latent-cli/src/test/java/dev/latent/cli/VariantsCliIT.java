package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each autoencoder variant through the command line, dense and conv: recorded in config.json, reloaded, used by the commands. */
class VariantsCliIT {
    @TempDir
    static Path dir;

    /** Model name -> the train arguments that make it (small, one epoch). */
    private static final Map<String, List<String>> VARIANTS = Map.of(
            "denoiser", List.of("--model", "ae", "--corrupt", "mask:0.25", "--hidden", "32"),
            "iwae-conv-unpool", List.of("--arch", "conv", "--channels", "4,8", "--hidden", "16", "--upsample", "unpool",
                    "--objective", "iwae", "--importance-samples", "3"),
            "learned-variance-conv", List.of("--arch", "conv", "--channels", "4,8", "--hidden", "16", "--likelihood", "gaussian",
                    "--variance", "learned"),
            "capacity-sparse", List.of("--capacity", "10:50", "--sparsity", "l1:0.01", "--hidden", "32", "--early-stop", "2"),
            "conditional-conv", List.of("--conditional", "--arch", "conv", "--channels", "4,8", "--hidden", "16", "--upsample", "unpool"));

    @BeforeAll
    static void trainEachVariant() {
        VARIANTS.forEach((name, args) -> {
            List<String> all = new ArrayList<>(List.of("train", "--out", dir.resolve(name).toString(), "--epochs", "1", "--latent-dim", "4",
                    "--no-progress"));
            all.addAll(args);
            Run train = Run.of(all.toArray(String[]::new));
            assertThat(train.code()).as(name + ": " + train.err()).isZero();
        });
    }

    private static JsonNode config(String name) throws Exception {
        return Json.mapper().readTree(dir.resolve(name).resolve("config.json").toFile());
    }

    private static JsonNode lastEpoch(String name) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(name).resolve("metrics.jsonl"));
        return Json.mapper().readTree(lines.get(lines.size() - 1));
    }

    @Test
    void configJsonRecordsEachVariantAndTheMetricsNameTheirTerms() throws Exception {
        assertThat(config("denoiser").at("/objective/corruption/kind").asText()).isEqualTo("mask");
        assertThat(config("denoiser").at("/objective/corruption/level").asDouble()).isEqualTo(0.25);
        assertThat(config("iwae-conv-unpool").at("/objective/importance_samples").asInt()).isEqualTo(3);
        assertThat(config("learned-variance-conv").at("/objective/likelihood/learned").asText()).isEqualTo("learned");
        assertThat(config("capacity-sparse").at("/objective/capacity/max_nats").asDouble()).isEqualTo(10);
        assertThat(config("capacity-sparse").at("/objective/sparsity/kind").asText()).isEqualTo("l1");
        assertThat(config("capacity-sparse").at("/training/early_stop_patience").asInt()).isEqualTo(2);
        assertThat(config("conditional-conv").at("/model/condition_classes").asInt()).isEqualTo(10);
        assertThat(config("denoiser").at("/model/condition_classes").asInt()).isZero();
        assertThat(lastEpoch("iwae-conv-unpool").has("train_negative_iwae_bound_nats")).isTrue();
        assertThat(lastEpoch("capacity-sparse").get("train_capacity_nats").asDouble()).isPositive();
        assertThat(lastEpoch("capacity-sparse").get("train_sparsity_nats").asDouble()).isPositive();
    }

    @Test
    void eachReloadsWithItsTrainedWeightsAndEveryCommandUsesIt() throws Exception {
        for (String name : VARIANTS.keySet()) {
            String model = dir.resolve(name).toString();
            Run evaluate = Run.of("evaluate", "--model", model, "--json");
            assertThat(evaluate.code()).as(name + ": " + evaluate.err()).isZero();
            // the same evaluator and seed as the epoch's test numbers: equal only if the reloaded weights are the trained ones
            assertThat(Json.mapper().readTree(evaluate.out()).get("negative_elbo_nats").asDouble()).as(name)
                    .isCloseTo(lastEpoch(name).get("test_negative_elbo_nats").asDouble(), org.assertj.core.api.Assertions.within(1e-3));
            for (String[] command : new String[][] {
                    {"sample", "--model", model, "--count", "16", "--out", dir.resolve(name + "-samples.png").toString()},
                    {"reconstruct", "--model", model, "--out", dir.resolve(name + "-rec.png").toString()},
                    {"encode", "--model", model, "--out", dir.resolve(name + "-codes.csv").toString()},
                    {"evaluate", "--model", model, "--full", "--importance-samples", "5", "--samples", "100", "--json"}}) {
                Run run = Run.of(command);
                assertThat(run.code()).as(name + " " + command[0] + ": " + run.err()).isZero();
            }
        }
    }

    @Test
    void theExplorerServesAndDecodesTheConvVariants() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String models = dir.resolve("learned-variance-conv") + "," + dir.resolve("iwae-conv-unpool") + "," + dir.resolve("conditional-conv");
        String[] args = {"explore", "--models", models, "--port", Integer.toString(port), "--stop-after", "10", "--points", "200"};
        java.util.concurrent.CompletableFuture<Run> running = java.util.concurrent.CompletableFuture.supplyAsync(() -> Run.of(args));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int m = 0; m < 3; m++) {
            java.net.http.HttpResponse<String> decoded = null;
            for (int tries = 0; tries < 300 && decoded == null && !running.isDone(); tries++) {
                try {
                    decoded = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/models/" + m
                            + "/decode" + (m == 2 ? "?label=7" : ""))).POST(java.net.http.HttpRequest.BodyPublishers.ofString("[0.5, -1, 0, 2]")).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(decoded).as("model %d answered", m).isNotNull();
            assertThat(decoded.statusCode()).as(decoded.body()).isEqualTo(200);
            JsonNode pixels = Json.mapper().readTree(decoded.body()).get("pixels");
            assertThat(pixels.size()).isEqualTo(784);
        }
        var unconditional = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                + "/api/models/0/decode?label=1")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("[0.5, -1, 0, 2]")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(unconditional.statusCode()).isEqualTo(400);
        assertThat(unconditional.body()).contains("not a conditional model");
        assertThat(running.get().code()).isZero();
    }

    @Test
    void aConditionalModelSamplesTheAskedClassAndItsFullEvaluationSaysHowOften() throws Exception {
        String model = dir.resolve("conditional-conv").toString();
        Run three = Run.of("sample", "--model", model, "--label", "3", "--count", "9", "--out", dir.resolve("three.png").toString());
        assertThat(three.code()).as(three.err()).isZero();
        assertThat(three.out()).contains("9 samples of class 3");
        Run grid = Run.of("sample", "--model", model, "--count", "30", "--out", dir.resolve("grid.png").toString());
        assertThat(grid.out()).contains("one row per class (3 of each)");
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(dir.resolve("grid.png").toFile());
        assertThat(picture.getHeight()).isGreaterThan(picture.getWidth() * 3); // 10 rows of 3
        Run full = Run.of("evaluate", "--model", model, "--full", "--importance-samples", "5", "--samples", "100", "--json");
        assertThat(Json.mapper().readTree(full.out()).get("sample_asked_label_share").asDouble()).isBetween(0.0, 1.0);
        assertThat(Json.mapper().readTree(Run.of("evaluate", "--model", dir.resolve("denoiser").toString(), "--full", "--importance-samples",
                "0", "--samples", "100", "--json").out()).get("sample_asked_label_share").isNull()).isTrue();
        for (String[] bad : new String[][] {
                {"sample", "--model", model, "--label", "10", "--out", dir.resolve("x.png").toString()},
                {"sample", "--model", dir.resolve("denoiser").toString(), "--label", "1", "--out", dir.resolve("x.png").toString()},
                {"score", "--model", model, "--out", dir.resolve("scores.csv").toString()}}) {
            Run run = Run.of(bad);
            assertThat(run.code()).as(String.join(" ", bad) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n");
        }
        assertThat(Run.of("score", "--model", model, "--out", dir.resolve("scores.csv").toString()).err()).contains("conditional");
        Run bench = Run.of("bench", "--conditional", "--epochs", "1", "--hidden", "16", "--latent-dim", "2", "--json");
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(Json.mapper().readTree(bench.out()).get("epoch_samples_per_second").size()).isEqualTo(1);
        assertThat(Files.exists(dir.resolve("scores.csv"))).isFalse();
    }

    @Test
    void theDenoiserIsScoredOnCorruptedInputsAgainstCleanTargets() throws Exception {
        Run run = Run.of("evaluate", "--model", dir.resolve("denoiser").toString(), "--corrupt", "mask:0.25", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode node = Json.mapper().readTree(run.out());
        assertThat(node.get("corruption").asText()).isEqualTo("mask:0.25");
        assertThat(node.get("corrupted_reconstruction_nats").asDouble()).isPositive().isNotEqualTo(node.get("reconstruction_nats").asDouble());
        assertThat(node.get("code_near_zero_share").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void contradictoryVariantsAreOneLineAndExitTwo() {
        String out = dir.resolve("refused").toString();
        for (String[] args : new String[][] {
                {"--model", "ae", "--capacity", "10:50"}, {"--objective", "iwae", "--beta", "2"}, {"--variance", "learned"},
                {"--corrupt", "blur:0.3"}, {"--sparsity", "l2:1"}, {"--importance-samples", "4"}, {"--objective", "iwae:1"},
                {"--model", "gan", "--corrupt", "mask:0.2"}, {"--model", "gan", "--early-stop", "3"}}) {
            List<String> all = new ArrayList<>(List.of("train", "--out", out, "--epochs", "1", "--no-progress"));
            all.addAll(List.of(args));
            Run run = Run.of(all.toArray(String[]::new));
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).doesNotContain("\n").doesNotContain("Exception");
            assertThat(Files.exists(dir.resolve("refused").resolve("config.json"))).isFalse();
        }
    }
}
