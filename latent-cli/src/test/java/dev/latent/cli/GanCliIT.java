package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GAN through the command line: what works for it, and the one line for what cannot. */
class GanCliIT {
    @TempDir
    static Path dir;

    static Path gan;

    static Run run(String... args) {
        return Run.of(args);
    }

    @BeforeAll
    static void trainAGan() {
        gan = dir.resolve("gan");
        Run train = run("train", "--model", "gan", "--out", gan.toString(), "--epochs", "2", "--hidden", "32", "--latent-dim", "4",
                "--no-progress", "--sample-every-epoch");
        assertThat(train.code()).as(train.err()).isZero();
        assertThat(train.out()).contains("d_loss", "g_loss", "d_real_probability", "d_fake_probability", "sample_distance_ratio");
    }

    @Test
    void itsConfigMetricsAndSampleGridsAreWritten() throws Exception {
        JsonNode config = Json.mapper().readTree(gan.resolve("config.json").toFile());
        assertThat(config.at("/model/kind").asText()).isEqualTo("gan");
        assertThat(config.at("/objective/type").asText()).isEqualTo("adversarial");
        assertThat(config.at("/objective/adam_beta1").asDouble()).isEqualTo(0.5);
        assertThat(config.at("/training/learning_rate").asDouble()).isEqualTo(2e-4);
        List<String> lines = Files.readAllLines(gan.resolve("metrics.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode epoch = Json.mapper().readTree(lines.get(1));
        assertThat(epoch.get("train_d_real_probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(ImageIO.read(gan.resolve("samples/epoch-002.png").toFile()).getWidth()).isGreaterThan(8 * 56);
    }

    @Test
    void itSamplesAndItsFullEvaluationJudgesOnlyItsSamples() throws Exception {
        Run sample = run("sample", "--model", gan.toString(), "--count", "16", "--out", dir.resolve("s.png").toString());
        assertThat(sample.code()).as(sample.err()).isZero();
        Run full = run("evaluate", "--model", gan.toString(), "--full", "--json", "--importance-samples", "10", "--samples", "200");
        assertThat(full.code()).as(full.err()).isZero();
        JsonNode node = Json.mapper().readTree(full.out());
        assertThat(node.get("negative_elbo_nats").isNull()).isTrue();
        assertThat(node.get("probe_accuracy").isNull()).isTrue();
        assertThat(node.get("sample_precision").isNumber()).isTrue();
        assertThat(node.get("sample_coverage").asDouble()).isBetween(0.0, 1.0);
        assertThat(node.get("sample_frechet_distance").asDouble()).isPositive();
    }

    @Test
    void whatAGanCannotDoIsOneLineAndExitTwo() {
        for (String[] args : List.of(
                new String[] {"evaluate", "--model", gan.toString()},
                new String[] {"encode", "--model", gan.toString(), "--out", dir.resolve("c.csv").toString()},
                new String[] {"reconstruct", "--model", gan.toString(), "--out", dir.resolve("r.png").toString()},
                new String[] {"train", "--model", "gan", "--arch", "conv", "--upsample", "unpool", "--out", dir.resolve("u").toString()})) {
            Run result = run(args);
            assertThat(result.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err().strip()).doesNotContain("\n").contains("GAN");
        }
        assertThat(dir.resolve("c.csv")).doesNotExist();
    }
}
