package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** The stages save and load in a Pipeline, with their own copy of the model: the original can go. */
class PipelinePersistenceIT {
    @Test
    void aSavedPipelineReloadsAndGivesTheSameOutputAfterTheOriginalModelIsGone() throws IOException {
        Path original = SparkFixture.dir().resolve("pipeline-model");
        copyTree(SparkFixture.imageModel(), original);
        LatentEncoder encoder = new LatentEncoder().setModelPath(original.toString()).setOutputCol("z").setBatchSize(50);
        LatentScorer scorer = new LatentScorer().setModelPath(original.toString()).setThreshold("quantile:0.9").setScoreCol("nats");
        LatentDecoder decoder = new LatentDecoder().setModelPath(original.toString()).setInputCol("z").setErrorCol("decode_error");
        scorer.setErrorCol("score_error");
        PipelineModel fitted = new Pipeline().setStages(new PipelineStage[] {encoder, scorer, decoder}).fit(SparkFixture.pixelRows(SparkFixture.digitsTest(), 10, 1));
        var rows = SparkFixture.pixelRows(SparkFixture.digitsTest(), 120, 2);
        List<Row> before = fitted.transform(rows).orderBy("index").select("z", "nats", "flagged", "decoded").collectAsList();

        Path saved = SparkFixture.dir().resolve("saved-pipeline");
        fitted.write().overwrite().save(saved.toString());
        deleteTree(original);
        PipelineModel loaded = PipelineModel.load(saved.toString());
        List<Row> after = loaded.transform(rows).orderBy("index").select("z", "nats", "flagged", "decoded").collectAsList();

        assertThat(after).isEqualTo(before);
        LatentEncoder loadedEncoder = (LatentEncoder) loaded.stages()[0];
        LatentScorer loadedScorer = (LatentScorer) loaded.stages()[1];
        assertThat(loadedEncoder.getOrDefault(loadedEncoder.batchSize())).isEqualTo(50);
        assertThat(loadedScorer.getOrDefault(loadedScorer.threshold())).isEqualTo("quantile:0.9");
        assertThat(loadedEncoder.getOrDefault(loadedEncoder.modelPath())).startsWith(saved.toString()).endsWith("/model");
        assertThat(before.stream().filter(row -> row.getBoolean(2)).count()).isBetween(1L, 119L);
    }

    @Test
    void aStageFolderWithoutItsModelIsRefusedInOneLine() throws IOException {
        Path saved = SparkFixture.dir().resolve("saved-encoder");
        new LatentEncoder().setModelPath(SparkFixture.imageModel().toString()).write().overwrite().save(saved.toString());
        LatentEncoder loaded = LatentEncoder.load(saved.toString());
        assertThat(loaded.getOrDefault(loaded.modelPath())).endsWith("/model");
        deleteTree(saved.resolve("model"));
        assertThatThrownBy(() -> LatentEncoder.load(saved.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no model/ folder").hasMessageNotContaining("\n");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
