package dev.latent.spark;

import dev.latent.InvalidInputException;
import dev.latent.data.DataSources;
import dev.latent.data.Dataset;
import dev.latent.data.ImageOptions;
import dev.latent.data.Images;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A runnable Spark job around the stages, for {@code spark-submit --class dev.latent.spark.LatentJob}:
 * <pre>
 *   encode --model M --input IN --output OUT [--input-format parquet|csv|binaryFile] [--input-col C] [--batch-size B]
 *   score  --model M --input IN --output OUT [... --score elbo|nll|reconstruction --threshold RULE]
 *   pixels --data DIR --output OUT.parquet [--as array|vector]   (an IDX or image folder's images, one row each)
 *   passthrough --input IN                      (reads and re-creates every row: Spark's own cost, for benchmarks)
 * </pre>
 * {@code --output noop} runs the job without writing; {@code pixels} writes {@code --files} files (8).
 * It prints one line: rows, seconds and rows/s of the transform and write (the input counted before). A bad argument prints one line and exits 2.
 */
public final class LatentJob {
    private LatentJob() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (InvalidInputException e) {
            System.err.println("latent-spark: " + e.getMessage());
            code = 2;
        } catch (Exception e) {
            code = failed(e);
        }
        System.exit(code);
    }

    /**
     * One line for a job that failed (Spark's own log, as its log4j2 configuration says, comes before it):
     * exit 2 for bad input (ours, found on an executor too, or Spark's: a column or file it cannot read), else 1.
     */
    private static int failed(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException bad) {
                System.err.println("latent-spark: " + bad.getMessage());
                return 2;
            }
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName());
        boolean input = e instanceof org.apache.spark.sql.AnalysisException || first.contains("FAILED_READ_FILE");
        System.err.println("latent-spark: " + first + (input ? "; check --input, --input-format and --input-col" : ""));
        return input ? 2 : 1;
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("usage: LatentJob encode|score|pixels|passthrough --model DIR --input PATH --output PATH|noop "
                    + "[--input-format parquet|csv|binaryFile] [--input-col C] [--batch-size B] [--score S] [--threshold RULE] [--delimiter D]");
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> options = options(args);
        SparkSession spark = SparkSession.builder().appName("latent " + args[0]).getOrCreate();
        long rows = args[0].equals("pixels") ? -1 : input(spark, options).count();
        long start = System.nanoTime();
        org.apache.spark.sql.Dataset<Row> out = switch (args[0]) {
            case "encode" -> stage(new LatentEncoder(), options).transform(input(spark, options));
            case "score" -> stage(new LatentScorer().setScore(options.getOrDefault("score", "elbo"))
                    .setThreshold(options.getOrDefault("threshold", "quantile:0.99")), options).transform(input(spark, options));
            case "pixels" -> pixels(spark, required(options, "data"), options.getOrDefault("as", "array"))
                    .repartition(count(options, "files", 8));
            case "passthrough" -> {
                org.apache.spark.sql.Dataset<Row> in = input(spark, options);
                StructType schema = in.schema();
                yield in.mapPartitions(LatentJob::copyRows, Encoders.row(schema));
            }
            default -> throw new InvalidInputException("unknown job '" + args[0] + "'; use encode, score, pixels or passthrough");
        };
        String output = options.getOrDefault("output", "noop");
        if (output.equals("noop")) {
            out.write().format("noop").mode("overwrite").save();
        } else {
            out.write().mode("overwrite").parquet(output);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        rows = rows >= 0 ? rows : spark.read().parquet(output).count();
        System.out.printf(java.util.Locale.ROOT, "%s: %d rows in %.2f s, %.0f rows/s (master %s, %d partitions)%n", args[0], rows, seconds,
                rows / seconds, spark.sparkContext().master(), out.rdd().getNumPartitions());
        spark.stop();
        return 0;
    }

    /** Each row re-created as the stages create theirs: what Spark's row conversion costs without a model. */
    private static java.util.Iterator<Row> copyRows(java.util.Iterator<Row> partition) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return partition.hasNext();
            }

            @Override
            public Row next() {
                Row row = partition.next();
                Object[] values = new Object[row.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.get(i);
                }
                return RowFactory.create(values);
            }
        };
    }

    private static <S extends LatentStage<S>> S stage(S stage, Map<String, String> options) {
        stage.setModelPath(required(options, "model")).setBatchSize(count(options, "batch-size", 256));
        if (options.containsKey("input-col")) {
            stage.setInputCol(options.get("input-col"));
        }
        return stage;
    }

    private static org.apache.spark.sql.Dataset<Row> input(SparkSession spark, Map<String, String> options) {
        String path = required(options, "input");
        String format = options.getOrDefault("input-format", "parquet");
        requireExists(spark, path);
        DataFrameReader reader = spark.read();
        return switch (format) {
            case "parquet" -> reader.parquet(path);
            case "csv" -> reader.option("header", "true").option("delimiter", options.getOrDefault("delimiter", ",")).csv(path);
            case "binaryFile" -> reader.format("binaryFile").load(path);
            default -> throw new InvalidInputException("--input-format " + format + " is not parquet, csv or binaryFile");
        };
    }

    /**
     * The images of a data directory (both splits), one row each: split, index, label, pixels in [0, 1]
     * as an array&lt;float&gt; ({@code as} array) or an ML Vector ({@code as} vector).
     */
    private static org.apache.spark.sql.Dataset<Row> pixels(SparkSession spark, String data, String as) {
        if (!as.equals("array") && !as.equals("vector")) {
            throw new InvalidInputException("--as " + as + " is not array or vector");
        }
        var split = DataSources.load(data, ImageOptions.DEFAULT);
        List<Row> rows = new ArrayList<>();
        for (Dataset part : List.of(split.train(), split.test())) {
            Images images = part.images();
            byte[] bytes = images.pixels();
            int per = images.pixelsPerImage();
            for (int i = 0; i < part.size(); i++) {
                float[] pixels = new float[per];
                for (int p = 0; p < per; p++) {
                    pixels[p] = (bytes[i * per + p] & 0xff) / 255f;
                }
                Object image = pixels;
                if (as.equals("vector")) {
                    double[] values = new double[per];
                    for (int p = 0; p < per; p++) {
                        values[p] = pixels[p];
                    }
                    image = org.apache.spark.ml.linalg.Vectors.dense(values);
                }
                rows.add(RowFactory.create(part == split.train() ? "train" : "test", i, part.hasLabels() ? part.labels()[i] : -1, image));
            }
        }
        StructType schema = new StructType().add("split", DataTypes.StringType).add("index", DataTypes.IntegerType).add("label", DataTypes.IntegerType)
                .add("image", as.equals("vector") ? org.apache.spark.ml.linalg.SQLDataTypes.VectorType() : DataTypes.createArrayType(DataTypes.FloatType, false));
        return spark.createDataFrame(rows, schema);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new InvalidInputException("argument '" + args[i] + "' is not --name value; see --help");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void requireExists(SparkSession spark, String path) {
        org.apache.hadoop.fs.Path where = new org.apache.hadoop.fs.Path(path);
        try {
            var found = where.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(where);
            if (found == null || found.length == 0) {
                throw new InvalidInputException("--input " + path + ": no such file or directory; check the path");
            }
        } catch (java.io.IOException e) {
            throw new InvalidInputException("--input " + path + ": cannot be read (" + e.getMessage() + "); check the path and the Hadoop configuration");
        }
    }

    private static int count(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        try {
            int count = value == null ? fallback : Integer.parseInt(value);
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("--" + name + " " + value + " is not a positive whole number");
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new InvalidInputException("--" + name + " is missing; see --help");
        }
        return value;
    }
}
