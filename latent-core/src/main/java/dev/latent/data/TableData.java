package dev.latent.data;

import dev.latent.InvalidInputException;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.table.CsvFile;
import dev.latent.data.table.CsvOptions;
import dev.latent.data.table.EncodedRows;
import dev.latent.data.table.InferredSchema;
import dev.latent.data.table.RawTable;
import dev.latent.data.table.Schema;
import dev.latent.data.table.SchemaInference;
import dev.latent.data.table.SchemaOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * A CSV table as training data: one file split into train and test (stratified by label, seeded),
 * or a directory with {@code train.csv} and {@code test.csv}. The training rows are divided
 * ({@link Holdout}) before the column transforms are fitted on them alone, so nothing of the test
 * or validation rows leaks into the standardisation or the vocabularies.
 */
public final class TableData {
    public static final String TRAIN = "train.csv";
    public static final String TEST = "test.csv";

    private TableData() {}

    /** Whether {@code spec} names a table: a .csv file, or a directory holding train.csv. */
    public static boolean isTable(String spec) {
        Path path = Path.of(spec);
        return (Files.isRegularFile(path) && spec.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) || Files.isRegularFile(path.resolve(TRAIN));
    }

    /**
     * A table read for training.
     *
     * @param split the encoded splits (validation included when held out)
     * @param columns the transforms fitted on the training rows
     * @param plan how the rows were divided, to be saved beside the model
     * @param notes what inference decided that the user should hear (dropped constant columns)
     */
    public record Prepared(Split split, ColumnTransforms columns, SplitPlan plan, Schema schema, List<String> notes) {}

    /** What a training run needs to know to read a table. */
    public record Settings(CsvOptions csv, Path schemaFile, SchemaOptions schema, double testFraction, long seed, double validationFraction, String anomalyLabel) {}

    /** Reads, splits, divides, fits and encodes {@code spec} for training. */
    public static Prepared forTraining(String spec, Settings settings) {
        Sources files = files(spec, settings.csv());
        InferredSchema inferred = settings.schemaFile() != null
                ? new InferredSchema(checked(Schema.read(settings.schemaFile()), files.train()), List.of())
                : SchemaInference.infer(files.train(), settings.schema());
        Schema schema = inferred.schema();
        List<String> labels = labelValues(schema, files);
        Double testFraction = files.test() == null ? settings.testFraction() : null;
        SplitPlan plan = new SplitPlan(testFraction, settings.seed(), settings.validationFraction(), labels, settings.anomalyLabel());
        RawTable[] parts = parts(files, plan, schema);
        Holdout.Division division = plan.holdout().divide(parts[0].rowCount(), classes(parts[0], schema, labels), parts[0].name());
        RawTable training = parts[0].select(division.training());
        ColumnTransforms columns = ColumnTransforms.fit(schema, training);
        Dataset train = dataset(parts[0].name() + " (training rows)", columns, training, labels);
        Dataset test = dataset(parts[1].name(), columns, parts[1], labels);
        Split split = new Split(train, test, spec, null);
        if (division.validation().length > 0) {
            split = split.withValidation(dataset(parts[0].name() + " (validation rows)", columns, parts[0].select(division.validation()), labels));
        }
        return new Prepared(split, columns, plan, schema, inferred.notes());
    }

    /** The training and test rows of {@code spec} as a trained model saw them (same split, same division). */
    public static Split forModel(String spec, ColumnTransforms columns, SplitPlan plan, CsvOptions csv) {
        Sources files = files(spec, csv);
        Schema schema = new Schema(List.of(), columns.labelColumn(), List.of());
        RawTable[] parts = parts(files, plan, schema);
        Holdout.Division division = plan.holdout().divide(parts[0].rowCount(), classes(parts[0], schema, plan.labels()), parts[0].name());
        Dataset train = dataset(parts[0].name() + " (training rows)", columns, parts[0].select(division.training()), plan.labels());
        return new Split(train, dataset(parts[1].name(), columns, parts[1], plan.labels()), spec, null);
    }

    /** Every row of the CSV {@code file}, encoded with a model's columns. */
    public static Dataset rows(Path file, ColumnTransforms columns, SplitPlan plan, CsvOptions csv) {
        RawTable table = CsvFile.read(file, csv);
        return dataset(table.name(), columns, table, plan == null ? null : plan.labels());
    }

    private record Sources(RawTable train, RawTable test) {}

    private static Sources files(String spec, CsvOptions csv) {
        Path path = Path.of(spec);
        if (Files.isDirectory(path)) {
            Path train = path.resolve(TRAIN);
            if (!Files.isRegularFile(train)) {
                throw InvalidInputException.of("data", path + ": no " + TRAIN + "; a table directory holds train.csv (and optionally test.csv)");
            }
            Path test = path.resolve(TEST);
            return new Sources(CsvFile.read(train, csv), Files.isRegularFile(test) ? CsvFile.read(test, csv) : null);
        }
        if (!Files.isRegularFile(path)) {
            throw InvalidInputException.of("data", spec + ": no such file or directory; give a CSV file or a directory with train.csv");
        }
        return new Sources(CsvFile.read(path, csv), null);
    }

    private static Schema checked(Schema schema, RawTable table) {
        schema.check(table.header(), table.name());
        return schema;
    }

    /** The train and test parts: the two files, or one file split as the plan says. */
    private static RawTable[] parts(Sources files, SplitPlan plan, Schema schema) {
        if (files.test() != null) {
            return new RawTable[] {files.train(), files.test()};
        }
        RawTable all = files.train();
        if (all.rowCount() < 2) {
            throw InvalidInputException.of("data", all.name() + ": one data row cannot be split into train and test; add rows");
        }
        if (plan.testFraction() == null) {
            throw InvalidInputException.of("data", all.name() + ": the model was trained on a directory with train.csv and test.csv; give that directory");
        }
        int[][] split = SplitPlan.stratified(all.rowCount(), classes(all, schema, plan.labels()), plan.testFraction(), plan.seed());
        if (split[0].length == 0 || split[1].length == 0) {
            throw InvalidInputException.of("testFraction", all.name() + ": a test fraction of " + plan.testFraction() + " leaves "
                    + split[0].length + " training and " + split[1].length + " test rows; choose a fraction that leaves both some rows");
        }
        return new RawTable[] {all.select(split[0]), all.select(split[1])};
    }

    /** The sorted label values of every file (labels are not inputs, so no statistic leaks), or null without a label column. */
    private static List<String> labelValues(Schema schema, Sources files) {
        if (schema.labelColumn() == null) {
            return null;
        }
        TreeSet<String> values = new TreeSet<>();
        for (RawTable table : files.test() == null ? List.of(files.train()) : List.of(files.train(), files.test())) {
            int column = table.columnIndex(schema.labelColumn());
            if (column < 0) {
                if (table == files.train()) {
                    throw InvalidInputException.of("data", table.name() + ": no label column '" + schema.labelColumn() + "' in the header " + table.header());
                }
                continue; // an unlabelled test file: no metrics, but it can be scored
            }
            for (int r = 0; r < table.rowCount(); r++) {
                String value = table.value(r, column);
                if (RawTable.isMissing(value)) {
                    throw InvalidInputException.of("data", table.name() + ": row " + (r + 1) + " has no value in the label column '" + schema.labelColumn()
                            + "'; fill it in, or train without a label column");
                }
                values.add(value);
                if (values.size() > 10_000) {
                    throw InvalidInputException.of("data", table.name() + ": the label column '" + schema.labelColumn() + "' has over 10000 values; a label names a class");
                }
            }
        }
        return List.copyOf(values);
    }

    /** Each row's label as a class index, or null without a label column. */
    private static int[] classes(RawTable table, Schema schema, List<String> labels) {
        if (schema.labelColumn() == null || labels == null) {
            return null;
        }
        int column = table.columnIndex(schema.labelColumn());
        if (column < 0) {
            return null;
        }
        int[] out = new int[table.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = labels.indexOf(table.value(r, column));
        }
        return out;
    }

    private static Dataset dataset(String name, ColumnTransforms columns, RawTable table, List<String> labels) {
        EncodedRows encoded = columns.encode(table);
        int[] classes = null;
        if (encoded.hasLabels() && labels != null) {
            classes = new int[encoded.rows()];
            for (int r = 0; r < classes.length; r++) {
                classes[r] = labels.indexOf(encoded.labels()[r]);
            }
        }
        return new Dataset(name, new TableRows(encoded.rows(), columns.layout(), encoded.values()), classes);
    }
}
