package dev.latent.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.eval.AnomalyMetrics;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ROC and precision-recall pictures: their numbers in the title, their size, their files. */
class AnomalyChartsTest {
    private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8};
    private static final boolean[] ANOMALOUS = {false, false, true, true};

    @TempDir
    Path dir;

    @Test
    void titlesCarryTheAreas() {
        JFreeChart roc = AnomalyCharts.rocChart(AnomalyMetrics.roc(SCORES, ANOMALOUS), AnomalyMetrics.rocAuc(SCORES, ANOMALOUS), "negative_elbo_nats");
        assertThat(roc.getTitle().getText()).isEqualTo("ROC of negative_elbo_nats: AUC 0.750");
        JFreeChart pr = AnomalyCharts.precisionRecallChart(AnomalyMetrics.precisionRecall(SCORES, ANOMALOUS),
                AnomalyMetrics.averagePrecision(SCORES, ANOMALOUS), "negative_elbo_nats");
        assertThat(pr.getTitle().getText()).isEqualTo("Precision-recall of negative_elbo_nats: AP 0.833");
        // the chance level of precision is the anomalous share, 2 of 4
        assertThat(pr.getXYPlot().getDataset(1).getYValue(0, 0)).isEqualTo(0.5);
        assertThat(pr.getXYPlot().getDataset(0).getItemCount(0)).isEqualTo(5);
    }

    @Test
    void writesBothPngsAtTheirSizeAndNothingElse() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        int n = 100_000;
        double[] scores = new double[n];
        boolean[] anomalous = new boolean[n];
        for (int i = 0; i < n; i++) {
            anomalous[i] = random.nextDouble() < 0.05;
            scores[i] = random.nextGaussian() + (anomalous[i] ? 1.5 : 0);
        }
        Path rocFile = dir.resolve("roc.png");
        Path prFile = dir.resolve("precision_recall.png");
        Files.writeString(rocFile, "an older file, replaced whole");
        AnomalyCharts.writeRoc(rocFile, scores, anomalous, "negative_elbo_nats");
        AnomalyCharts.writePrecisionRecall(prFile, scores, anomalous, "negative_elbo_nats");
        for (Path file : new Path[] {rocFile, prFile}) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image).as(file.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(AnomalyCharts.WIDTH);
            assertThat(image.getHeight()).isEqualTo(AnomalyCharts.HEIGHT);
            assertThat(distinctColours(image)).isGreaterThan(3);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("roc.png", "precision_recall.png");
        }
    }

    @Test
    void refusesOneClassBeforeTouchingTheFile() {
        Path file = dir.resolve("roc.png");
        assertThatThrownBy(() -> AnomalyCharts.writeRoc(file, SCORES, new boolean[4], "score")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnomalyCharts.writePrecisionRecall(file, SCORES, new boolean[4], "score"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void rendersAtTheAskedSize() {
        BufferedImage image = AnomalyCharts.roc(AnomalyMetrics.roc(SCORES, ANOMALOUS), 0.75, "score", 321, 123);
        assertThat(image.getWidth()).isEqualTo(321);
        assertThat(image.getHeight()).isEqualTo(123);
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth())).distinct().count();
    }
}
