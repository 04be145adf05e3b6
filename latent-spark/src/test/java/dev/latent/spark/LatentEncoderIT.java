package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.Dataset;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** LatentEncoder against {@code latent encode}: the same codes for the same rows, from pixels or from image files. */
class LatentEncoderIT {
    /** Float32 GEMMs may round a last bit differently for another batch size: codes agree to this. */
    static final double CODE_TOLERANCE = 1e-5;

    @Test
    void codesOfPixelArraysEqualLatentEncodeOnTheSameImages() {
        Path model = SparkFixture.imageModel();
        Path csv = SparkFixture.dir().resolve("codes.csv");
        SparkFixture.cli("encode", "--model", model.toString(), "--out", csv.toString());
        List<String[]> expected = SparkFixture.csv(csv);
        Dataset test = SparkFixture.digitsTest();
        assertThat(expected).hasSize(test.size());

        int count = 600;
        List<Row> rows = new LatentEncoder().setModelPath(model.toString()).setBatchSize(64)
                .transform(SparkFixture.pixelRows(test, count, 3)).select("index", "label", "latent", "latent_error").collectAsList();
        assertThat(rows).hasSize(count);
        for (Row row : rows) {
            int index = row.getInt(0);
            String[] line = expected.get(index);
            assertThat(row.getInt(1)).isEqualTo(Integer.parseInt(line[0]));
            assertThat(row.isNullAt(3)).as("error of row %d", index).isTrue();
            double[] code = ((Vector) row.get(2)).toArray();
            assertThat(code).hasSize(4);
            for (int j = 0; j < code.length; j++) {
                assertThat(code[j]).as("row %d z_%d", index, j).isCloseTo(Double.parseDouble(line[1 + j]), within(CODE_TOLERANCE));
            }
        }
    }

    @Test
    void codesOfPngFilesEqualLatentEncodeOnTheSameFolder() throws IOException {
        Path folder = SparkFixture.dir().resolve("pngs");
        Dataset test = SparkFixture.digitsTest();
        byte[] pixels = test.images().pixels();
        for (String split : List.of("train", "test")) {
            Files.createDirectories(folder.resolve(split));
            for (int i = 0; i < 40; i++) {
                BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                for (int p = 0; p < 784; p++) {
                    image.getRaster().setSample(p % 28, p / 28, 0, pixels[(split.equals("test") ? i : 100 + i) * 784 + p] & 0xff);
                }
                ImageIO.write(image, "png", folder.resolve(split).resolve(String.format("%03d.png", i)).toFile());
            }
        }
        Path csv = SparkFixture.dir().resolve("png-codes.csv");
        SparkFixture.cli("encode", "--model", SparkFixture.imageModel().toString(), "--data", folder.toString(), "--out", csv.toString());
        List<String[]> expected = SparkFixture.csv(csv);

        List<Row> rows = new LatentEncoder().setModelPath(SparkFixture.imageModel().toString()).setInputCol("content")
                .transform(SparkFixture.spark().read().format("binaryFile").load(folder.resolve("test").toString()))
                .orderBy("path").select("latent").collectAsList();
        assertThat(rows).hasSize(expected.size()).hasSize(40);
        for (int i = 0; i < rows.size(); i++) {
            double[] code = ((Vector) rows.get(i).get(0)).toArray();
            for (int j = 0; j < code.length; j++) {
                assertThat(code[j]).as("image %d z_%d", i, j).isCloseTo(Double.parseDouble(expected.get(i)[j]), within(CODE_TOLERANCE));
            }
        }
    }

    @Test
    void aSampledCodeDependsOnTheRowAndTheSeedButNotOnThePartitioning() {
        Dataset test = SparkFixture.digitsTest();
        LatentEncoder sampler = new LatentEncoder().setModelPath(SparkFixture.imageModel().toString()).setSample(true).setSeed(7);
        List<Row> one = sampler.setBatchSize(256).transform(SparkFixture.pixelRows(test, 200, 1)).orderBy("index").select("latent").collectAsList();
        List<Row> four = sampler.setBatchSize(16).transform(SparkFixture.pixelRows(test, 200, 4)).orderBy("index").select("latent").collectAsList();
        List<Row> otherSeed = sampler.copy(new org.apache.spark.ml.param.ParamMap()).setSeed(8)
                .transform(SparkFixture.pixelRows(test, 200, 1)).orderBy("index").select("latent").collectAsList();
        List<Row> means = new LatentEncoder().setModelPath(SparkFixture.imageModel().toString())
                .transform(SparkFixture.pixelRows(test, 200, 1)).orderBy("index").select("latent").collectAsList();
        double moved = 0;
        for (int i = 0; i < 200; i++) {
            double[] a = ((Vector) one.get(i).get(0)).toArray();
            double[] b = ((Vector) four.get(i).get(0)).toArray();
            for (int j = 0; j < a.length; j++) {
                assertThat(b[j]).isCloseTo(a[j], within(CODE_TOLERANCE));
            }
            assertThat(otherSeed.get(i).get(0)).isNotEqualTo(one.get(i).get(0));
            double[] mean = ((Vector) means.get(i).get(0)).toArray();
            for (int j = 0; j < a.length; j++) {
                moved += Math.abs(a[j] - mean[j]);
            }
        }
        assertThat(moved / 800).as("mean |z - mu| per dimension").isGreaterThan(0.01);
    }
}
