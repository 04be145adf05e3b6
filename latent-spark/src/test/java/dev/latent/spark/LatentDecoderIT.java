package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.api.Latent;
import dev.latent.api.Model;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.store.ModelFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** LatentDecoder against the Java API's decode of the same codes: images as pixels and as PNG, table rows as text. */
class LatentDecoderIT {
    private static float[][] codes(int count, int d) {
        java.util.Random random = new java.util.Random(5);
        float[][] z = new float[count][d];
        for (float[] row : z) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return z;
    }

    private static org.apache.spark.sql.Dataset<Row> codeRows(float[][] z) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            double[] values = new double[z[i].length];
            for (int j = 0; j < values.length; j++) {
                values[j] = z[i][j];
            }
            rows.add(RowFactory.create(i, Vectors.dense(values)));
        }
        return SparkFixture.spark().createDataFrame(rows, new StructType().add("index", DataTypes.IntegerType).add("latent", SQLDataTypes.VectorType()))
                .repartition(2);
    }

    @Test
    void decodedPixelsAndPngsEqualTheJavaApiDecode() throws IOException {
        float[][] z = codes(50, 4);
        float[][] expected = Latent.load(SparkFixture.imageModel()).decode(z);
        LatentDecoder decoder = new LatentDecoder().setModelPath(SparkFixture.imageModel().toString()).setBatchSize(16);
        List<Row> pixels = decoder.transform(codeRows(z)).orderBy("index").select("decoded").collectAsList();
        List<Row> pngs = decoder.copy(new org.apache.spark.ml.param.ParamMap()).setFormat("png").transform(codeRows(z)).orderBy("index").select("decoded").collectAsList();
        for (int i = 0; i < z.length; i++) {
            List<Float> decoded = pixels.get(i).getList(0);
            BufferedImage png = ImageIO.read(new ByteArrayInputStream((byte[]) pngs.get(i).get(0)));
            assertThat(png.getWidth()).isEqualTo(28);
            for (int p = 0; p < 784; p++) {
                assertThat((double) decoded.get(p)).isCloseTo(expected[i][p], within(1e-5));
                assertThat(png.getRaster().getSample(p % 28, p / 28, 0)).isCloseTo(Math.round(expected[i][p] * 255), within(1));
            }
        }
    }

    @Test
    void decodedTableRowsAreTheMostProbableValuesOfEachColumn() {
        Model model = Latent.load(SparkFixture.tableModel());
        ColumnTransforms columns = ModelFiles.columns(SparkFixture.tableModel()).orElseThrow();
        float[][] z = codes(40, 2);
        float[][] means = model.decode(z);
        List<Row> rows = new LatentDecoder().setModelPath(SparkFixture.tableModel().toString()).setOutputCol("row")
                .transform(codeRows(z)).orderBy("index").select("row.a", "row.b", "row.c").collectAsList();
        for (int i = 0; i < z.length; i++) {
            String[] expected = columns.decode(means[i], 0, null);
            assertThat(rows.get(i).getString(0)).isEqualTo(expected[0]);
            assertThat(rows.get(i).getString(1)).isEqualTo(expected[1]);
            assertThat(rows.get(i).getString(2)).isEqualTo(expected[2]).isIn("up", "down");
        }
    }
}
