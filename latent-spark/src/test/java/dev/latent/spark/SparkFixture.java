package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.cli.Main;
import dev.latent.data.DataSources;
import dev.latent.data.Dataset;
import dev.latent.data.Images;
import dev.latent.data.TableFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One local[2] Spark session and two small models for every test class in this JVM, trained once
 * through the command line: a dense VAE on the embedded digits (with validation rows, so scores
 * have a threshold) and a VAE on a generated table with 5% faults ({@link TableFiles#faultRows}).
 */
final class SparkFixture {
    private static SparkSession spark;
    private static Path dir;
    private static Path imageModel;
    private static Path tableModel;
    private static Path tableCsv;

    private SparkFixture() {}

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("latent-spark-tests")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        }
        return spark;
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("latent-spark-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static synchronized Path imageModel() {
        if (imageModel == null) {
            Path out = dir().resolve("digits-vae");
            cli("train", "--epochs", "1", "--hidden", "64", "--latent-dim", "4", "--validation-fraction", "0.1", "--out", out.toString(), "--no-progress");
            imageModel = out;
        }
        return imageModel;
    }

    static synchronized Path tableCsv() {
        if (tableCsv == null) {
            Path csv = dir().resolve("machines.csv");
            try {
                Files.write(csv, TableFiles.faultRows(11, 1200), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            tableCsv = csv;
        }
        return tableCsv;
    }

    static synchronized Path tableModel() {
        if (tableModel == null) {
            Path out = dir().resolve("table-vae");
            cli("train", "--data", tableCsv().toString(), "--label-column", "fault", "--anomaly-label", "1", "--out", out.toString(),
                    "--epochs", "30", "--hidden", "32", "--latent-dim", "2", "--no-progress");
            tableModel = out;
        }
        return tableModel;
    }


    /** The embedded digits' test split, as the CLI's encode and score read it by default. */
    static Dataset digitsTest() {
        return DataSources.load(DataSources.DEFAULT).test();
    }

    /** Rows (index, label, pixels as array<float> in [0, 1]) of the first {@code count} images of {@code data}. */
    static org.apache.spark.sql.Dataset<Row> pixelRows(Dataset data, int count, int partitions) {
        Images images = data.images();
        float[] all = images.toFloats();
        int per = images.pixelsPerImage();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] pixels = java.util.Arrays.copyOfRange(all, i * per, (i + 1) * per);
            List<Float> boxed = new ArrayList<>(per);
            for (float p : pixels) {
                boxed.add(p);
            }
            rows.add(RowFactory.create(i, data.labels()[i], boxed));
        }
        StructType schema = new StructType()
                .add("index", DataTypes.IntegerType, false)
                .add("label", DataTypes.IntegerType, false)
                .add("image", DataTypes.createArrayType(DataTypes.FloatType, false), false);
        return spark().createDataFrame(rows, schema).repartition(partitions).sortWithinPartitions("index");
    }

    /** Runs the latent command line in this JVM; fails the test unless it exits 0. */
    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(String.join(" ", args) + "\n" + err).isZero();
        return out.toString();
    }

    /** The rows of a CSV file without its header, split on commas. */
    static List<String[]> csv(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
