package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.eval.Threshold;
import dev.latent.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** LatentScorer against {@code latent score}: the same score and flag per row, over the same threshold. */
class LatentScorerIT {
    @Test
    void tableScoresAndFlagsEqualLatentScoreOnTheSameCsv() throws IOException {
        Path model = SparkFixture.tableModel();
        Path out = SparkFixture.dir().resolve("table-scores.csv");
        JsonNode summary = Json.mapper().readTree(SparkFixture.cli("score", "--model", model.toString(), "--data", SparkFixture.tableCsv().toString(),
                "--out", out.toString(), "--json", "--no-charts"));
        List<String[]> expected = SparkFixture.csv(out);

        LatentScorer scorer = new LatentScorer().setModelPath(model.toString()).setBatchSize(100);
        Threshold threshold = scorer.chosenThreshold();
        assertThat(threshold.value()).isCloseTo(summary.get("threshold").get("value").asDouble(), within(1e-4));
        // the CSV as Spark reads it: every field text, as the CLI reads it; a row number to line the two up
        List<Row> rows = scorer.transform(SparkFixture.spark().read().option("header", "true").option("delimiter", ";")
                        .csv(SparkFixture.tableCsv().toString()).withColumn("row", functions.monotonically_increasing_id()).repartition(3))
                .orderBy("row").select("fault", "score", "flagged", "latent_error").collectAsList();
        assertThat(rows).hasSize(expected.size()).hasSize(1200);
        int flagged = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String[] line = expected.get(i);
            assertThat(row.getString(0)).isEqualTo(line[1]);
            assertThat(row.isNullAt(3)).as("error of row %d: %s", i + 1, row.get(3)).isTrue();
            assertThat(row.getDouble(1)).as("score of row %d", i + 1).isCloseTo(Double.parseDouble(line[2]), within(2e-3 * Math.max(1, Math.abs(row.getDouble(1)))));
            assertThat(row.getBoolean(2) ? "1" : "0").as("flag of row %d", i + 1).isEqualTo(line[3]);
            flagged += row.getBoolean(2) ? 1 : 0;
        }
        assertThat((long) flagged).isEqualTo(summary.get("flagged").asLong()).isPositive();
    }

    @Test
    void imageReconstructionScoresEqualLatentScoreOnTheTestSplit() throws IOException {
        Path model = SparkFixture.imageModel();
        Path out = SparkFixture.dir().resolve("image-scores.csv");
        SparkFixture.cli("score", "--model", model.toString(), "--score", "reconstruction", "--threshold", "quantile:0.9", "--out", out.toString(),
                "--no-charts");
        List<String[]> expected = SparkFixture.csv(out);
        List<Row> rows = new LatentScorer().setModelPath(model.toString()).setScore("reconstruction").setThreshold("quantile:0.9")
                .setScoreCol("distance").setFlagCol("odd")
                .transform(SparkFixture.pixelRows(SparkFixture.digitsTest(), 300, 2)).orderBy("index").select("distance", "odd").collectAsList();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getDouble(0)).as("score of image %d", i).isCloseTo(Double.parseDouble(expected.get(i)[2]), within(1e-3));
            assertThat(rows.get(i).getBoolean(1) ? "1" : "0").as("flag of image %d", i).isEqualTo(expected.get(i)[3]);
        }
    }
}
