package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** A partition of bad rows: null outputs and one line of reason each, or one clear task failure under failOnError; good rows unharmed. */
class BadRowsIT {
    private static List<Float> pixels(int count, float value) {
        return new ArrayList<>(java.util.Collections.nCopies(count, value));
    }

    private static org.apache.spark.sql.Dataset<Row> mixed() {
        List<Float> withNaN = pixels(784, 0.5f);
        withNaN.set(10, Float.NaN);
        List<Float> huge = pixels(784, 0.5f);
        huge.set(3, Float.MAX_VALUE);
        List<Float> withNull = pixels(784, 0.5f);
        withNull.set(5, null);
        List<Row> rows = List.of(
                RowFactory.create(0, pixels(784, 0.2f), new byte[] {1}),
                RowFactory.create(1, pixels(783, 0.2f), "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                RowFactory.create(2, null, null),
                RowFactory.create(3, withNaN, new byte[0]),
                RowFactory.create(4, huge, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                RowFactory.create(5, withNull, new byte[] {1}),
                RowFactory.create(6, pixels(784, 0.7f), new byte[] {1}));
        StructType schema = new StructType().add("index", DataTypes.IntegerType)
                .add("image", DataTypes.createArrayType(DataTypes.FloatType, true), true).add("bytes", DataTypes.BinaryType, true);
        return SparkFixture.spark().createDataFrame(rows, schema).repartition(1);
    }

    @Test
    void badPixelRowsGetNullCodesAndTheirReasonWhileGoodRowsAreEncodedAsAlone() {
        LatentEncoder encoder = new LatentEncoder().setModelPath(SparkFixture.imageModel().toString()).setBatchSize(3);
        List<Row> rows = encoder.transform(mixed()).orderBy("index").select("latent", "latent_error").collectAsList();
        assertThat(rows.stream().map(row -> row.isNullAt(0)).toList()).containsExactly(false, true, true, true, true, true, false);
        assertThat(rows.get(1).getString(1)).isEqualTo("column 'image' has 783 values; the model takes 784");
        assertThat(rows.get(2).getString(1)).isEqualTo("column 'image' is null");
        assertThat(rows.get(3).getString(1)).contains("value 10 is NaN", "[0, 1]");
        assertThat(rows.get(4).getString(1)).contains("value 3 is 3.4028235E38");
        assertThat(rows.get(5).getString(1)).contains("value 5 is null");
        List<Row> alone = encoder.transform(mixed().filter("index in (0, 6)")).orderBy("index").select("latent").collectAsList();
        assertThat(((Vector) rows.get(0).get(0)).toArray()).isEqualTo(((Vector) alone.get(0).get(0)).toArray());
        assertThat(((Vector) rows.get(6).get(0)).toArray()).isEqualTo(((Vector) alone.get(1).get(0)).toArray());
    }

    @Test
    void undecodableImageBytesGetTheirReasonInOneLine() {
        List<Row> rows = new LatentScorer().setModelPath(SparkFixture.imageModel().toString()).setInputCol("bytes").setFlagCol("")
                .transform(mixed()).orderBy("index").select("score", "latent_error").collectAsList();
        assertThat(rows).allSatisfy(row -> assertThat(row.isNullAt(0)).isTrue());
        assertThat(rows.get(1).getString(1)).contains("column 'bytes'", "not a PNG or JPEG");
        assertThat(rows.get(2).getString(1)).isEqualTo("column 'bytes' is null");
        assertThat(rows.get(3).getString(1)).contains("empty");
        assertThat(rows).allSatisfy(row -> assertThat(row.getString(1)).doesNotContain("\n"));
    }

    @Test
    void failOnErrorFailsTheTaskWithOneClearMessage() {
        LatentEncoder encoder = new LatentEncoder().setModelPath(SparkFixture.imageModel().toString()).setFailOnError(true);
        assertThatThrownBy(() -> encoder.transform(mixed()).collectAsList())
                .hasStackTraceContaining("latent: row 2 of partition 0: column 'image' has 783 values; the model takes 784; fix the row, or set failOnError");
        assertThat(encoder.transform(mixed().filter("index in (0, 6)")).count()).isEqualTo(2);
    }

    @Test
    void badTableValuesAndAMissingColumnAreNamed() {
        var rows = SparkFixture.spark().createDataFrame(List.of(RowFactory.create("0.5", "1.0", "up"), RowFactory.create("abc", "1.0", "up"),
                RowFactory.create(null, "1.0", "sideways")), new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType).add("c", DataTypes.StringType));
        List<Row> scored = new LatentScorer().setModelPath(SparkFixture.tableModel().toString()).transform(rows).select("score", "latent_error").collectAsList();
        assertThat(scored.get(0).isNullAt(1)).isTrue();
        assertThat(scored.get(1).isNullAt(0)).isTrue();
        assertThat(scored.get(1).getString(1)).contains("abc", "a");
        assertThat(scored.get(2).isNullAt(1)).as("a missing value and an unseen category are scored, as by latent score").isTrue();
        assertThatThrownBy(() -> new LatentScorer().setModelPath(SparkFixture.tableModel().toString()).transform(rows.drop("b")))
                .hasMessage("the model's table column 'b' is not in the data (columns: a, c)");
        assertThat(Arrays.asList(rows.columns())).containsExactly("a", "b", "c");
    }
}
