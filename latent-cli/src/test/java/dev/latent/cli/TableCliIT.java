package dev.latent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.data.TableFiles;
import dev.latent.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables through the command line: a CSV in, a model that knows its columns, scores with a recorded threshold. */
class TableCliIT {
    @TempDir
    static Path dir;

    static Path csv;
    static Path model;

    /** The rows of {@link TableFiles#faultRows}. */
    static List<String> rows(long seed, int count) {
        return TableFiles.faultRows(seed, count);
    }

    @BeforeAll
    static void trainOnce() throws IOException {
        csv = dir.resolve("rows.csv");
        Files.write(csv, rows(3, 1000), StandardCharsets.UTF_8);
        model = dir.resolve("model");
        Run run = Run.of("train", "--data", csv.toString(), "--label-column", "fault", "--anomaly-label", "1", "--out", model.toString(),
                "--epochs", "40", "--hidden", "32", "--latent-dim", "2", "--no-progress");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("nats/row", "rows/s");
        assertThat(run.err()).contains("constant");
    }

    @Test
    void theModelDirectoryHoldsItsColumnsSplitValidationAndThreshold() throws IOException {
        for (String file : List.of("columns.json", "split.json", "validation.safetensors", "threshold.json")) {
            assertThat(model.resolve(file)).exists();
        }
        JsonNode columns = Json.mapper().readTree(model.resolve("columns.json").toFile());
        assertThat(columns.toString()).contains("\"a\"", "\"b\"", "\"c\"").doesNotContain("constant");
        JsonNode threshold = Json.mapper().readTree(model.resolve("threshold.json").toFile());
        assertThat(threshold.get("origin").asText()).contains("0.99 quantile", "validation rows");
    }

    @Test
    void scoresSeparateTheBrokenRowsAndTheFileAgreesWithThePrintedMetrics() throws IOException {
        Path out = dir.resolve("scores.csv");
        Run run = Run.of("score", "--model", model.toString(), "--out", out.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = Json.mapper().readTree(run.out());
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("row,fault,negative_elbo_nats,flagged,top_1,top_1_nats,top_2,top_2_nats,top_3,top_3_nats");
        double threshold = summary.get("threshold").get("value").asDouble();
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double score = Double.parseDouble(f[2]);
            assertThat(f[3]).isEqualTo((float) score > threshold ? "1" : "0");
            assertThat(Double.parseDouble(f[5])).isGreaterThanOrEqualTo(Double.parseDouble(f[7]));
            rows.add(new double[] {score, f[1].equals("1") ? 1 : 0});
        }
        assertThat(rows).hasSize(summary.get("rows").asInt());
        // ROC AUC by brute-force pair counting over the written file
        double wins = 0;
        long pairs = 0;
        for (double[] p : rows) {
            for (double[] q : rows) {
                if (p[1] == 1 && q[1] == 0) {
                    wins += p[0] > q[0] ? 1 : p[0] == q[0] ? 0.5 : 0;
                    pairs++;
                }
            }
        }
        assertThat(summary.get("roc_auc").asDouble()).isCloseTo(wins / pairs, within(1e-3));
        assertThat(summary.get("roc_auc").asDouble()).isGreaterThan(0.9);
        assertThat(dir.resolve("scores.threshold.json")).exists();
        assertThat(dir.resolve("scores.roc.png")).exists();
    }

    @Test
    void contaminationFlagsTheExpectedShareAndFlagOnlyWritesOnlyThem() throws IOException {
        Path out = dir.resolve("flagged.csv");
        Path fresh = dir.resolve("fresh.csv");
        Files.write(fresh, rows(11, 400), StandardCharsets.UTF_8);
        Run run = Run.of("score", "--model", model.toString(), "--data", fresh.toString(), "--out", out.toString(),
                "--threshold", "contamination:0.05", "--flag-only", "--json", "--no-charts");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = Json.mapper().readTree(run.out());
        assertThat(summary.get("rows").asInt()).isEqualTo(400);
        assertThat(summary.get("flagged").asInt()).isBetween(19, 21);
        assertThat(Files.readAllLines(out)).hasSize(summary.get("flagged").asInt() + 1);
        assertThat(summary.get("threshold").get("origin").asText()).contains("0.95 quantile");
    }

    @Test
    void everyCommandOfATableSpeaksInRows() throws IOException {
        Run evaluate = Run.of("evaluate", "--model", model.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("test rows (nats per row)");
        Path codes = dir.resolve("codes.csv");
        assertThat(Run.of("encode", "--model", model.toString(), "--out", codes.toString()).code()).isZero();
        assertThat(Files.readAllLines(codes).get(0)).isEqualTo("label,z_0,z_1");
        Path synthetic = dir.resolve("synthetic.csv");
        Run sample = Run.of("sample", "--model", model.toString(), "--out", synthetic.toString(), "--count", "300");
        assertThat(sample.code()).as(sample.err()).isZero();
        List<String> lines = Files.readAllLines(synthetic);
        assertThat(lines.get(0)).isEqualTo("a,b,c");
        assertThat(lines).hasSize(301);
        // the decoder learned b = 2a + noise: the synthetic rows, numbers drawn around their means, keep a clear correlation
        double[][] ab = lines.stream().skip(1).map(line -> line.split(",", -1)).filter(f -> !f[0].isEmpty())
                .map(f -> new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])}).toArray(double[][]::new);
        assertThat(correlation(ab)).as("0 for rows drawn independently (sd 0.06 at 300 rows)").isGreaterThan(0.25);
    }

    @Test
    void theReportShowsEachColumnsNatsForNormalAndAnomalousRows() throws IOException {
        Path page = dir.resolve("report.html");
        Run report = Run.of("report", "--model", model.toString(), "--out", page.toString());
        assertThat(report.code()).as(report.err()).isZero();
        String html = Files.readString(page);
        assertThat(html).contains("Reconstruction per column", "anomalous rows", "ROC of the default score", "mean codes");
        // b is the column the anomalies break: it explains more of their nats than of the normal rows'
        java.util.regex.Matcher b = java.util.regex.Pattern.compile("<td>b</td><td>([-0-9.]+)</td><td>([-0-9.]+)</td>").matcher(html);
        assertThat(b.find()).as(html.substring(0, Math.min(html.length(), 3000))).isTrue();
        assertThat(Double.parseDouble(b.group(2))).isGreaterThan(Double.parseDouble(b.group(1)) + 1);
    }

    @Test
    void compareSetsTableModelsSideBySideAndRefusesAMixWithImages() throws IOException {
        Path ae = dir.resolve("ae");
        Run train = Run.of("train", "--data", csv.toString(), "--label-column", "fault", "--anomaly-label", "1", "--model", "ae", "--out", ae.toString(),
                "--epochs", "5", "--hidden", "16", "--latent-dim", "2", "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
        Path page = dir.resolve("compare.html");
        Run compare = Run.of("compare", "--models", model + "," + ae, "--out", page.toString());
        assertThat(compare.code()).as(compare.err()).isZero();
        assertThat(Files.readString(page)).contains("<th>model</th><th>ae</th>", "Reconstruction per column", "ROC AUC of negative_elbo_nats");
        Path images = dir.resolve("images");
        assertThat(Run.of("train", "--out", images.toString(), "--epochs", "1", "--hidden", "8", "--latent-dim", "2", "--no-progress").code()).isZero();
        Run mixed = Run.of("compare", "--models", model + "," + images, "--out", dir.resolve("mixed.html").toString());
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("mixes table and image models");
    }

    private static double correlation(double[][] pairs) {
        double ma = 0;
        double mb = 0;
        for (double[] p : pairs) {
            ma += p[0] / pairs.length;
            mb += p[1] / pairs.length;
        }
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (double[] p : pairs) {
            ab += (p[0] - ma) * (p[1] - mb);
            aa += (p[0] - ma) * (p[0] - ma);
            bb += (p[1] - mb) * (p[1] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    @Test
    void theSchemaPrintedIsOneTrainAccepts() throws IOException {
        Path schema = dir.resolve("schema.json");
        Run printed = Run.of("schema", "--data", csv.toString(), "--label-column", "fault", "--out", schema.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        String edited = Files.readString(schema).replace("\"name\" : \"c\",\n    \"type\" : \"categorical\"", "\"name\" : \"c\",\n    \"type\" : \"categorical\"");
        Files.writeString(schema, edited);
        Run train = Run.of("train", "--data", csv.toString(), "--schema", schema.toString(), "--out", dir.resolve("schema-model").toString(),
                "--epochs", "1", "--hidden", "8", "--latent-dim", "2", "--no-progress");
        assertThat(train.code()).as(train.err()).isZero();
    }

    @Test
    void badTablesGetOneLineAndExitTwoAndNoOutput() throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b\n1,2\n3\n4,5\n");
        Path png = dir.resolve("picture.csv");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Path unknownColumn = dir.resolve("other.csv");
        Files.writeString(unknownColumn, "x,y\n1,2\n3,4\n");
        for (String[] args : List.of(
                new String[] {"train", "--data", ragged.toString(), "--out", dir.resolve("bad1").toString()},
                new String[] {"train", "--data", png.toString(), "--out", dir.resolve("bad2").toString()},
                new String[] {"train", "--data", csv.toString(), "--label-column", "nope", "--out", dir.resolve("bad3").toString()},
                new String[] {"score", "--model", model.toString(), "--data", unknownColumn.toString(), "--out", dir.resolve("bad4.csv").toString()},
                new String[] {"score", "--model", model.toString(), "--out", dir.resolve("bad5.csv").toString(), "--threshold", "median"},
                new String[] {"train", "--data", csv.toString(), "--arch", "conv", "--out", dir.resolve("bad6").toString()},
                new String[] {"reconstruct", "--model", model.toString(), "--out", dir.resolve("bad7.png").toString()})) {
            Run run = Run.of(args);
            assertThat(run.code()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
            assertThat(run.err().strip()).as(String.join(" ", args)).doesNotContain("\n").doesNotContain("Exception").startsWith("latent: error:");
        }
        assertThat(dir.resolve("bad4.csv")).doesNotExist();
        assertThat(dir.resolve("bad5.csv")).doesNotExist();
        assertThat(dir.resolve("bad1").resolve("config.json")).doesNotExist();
    }
}
