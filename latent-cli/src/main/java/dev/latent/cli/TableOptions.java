package dev.latent.cli;

import dev.latent.data.TableData;
import dev.latent.data.table.CsvOptions;
import dev.latent.data.table.SchemaOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** How {@code train} and {@code schema} read a CSV table, and how train divides its rows. */
final class TableOptions {
    @Option(names = "--label-column", paramLabel = "COL",
            description = "Tables: the column of labels (kept out of the inputs; used for metrics, plots and --anomaly-label).")
    String labelColumn;

    @Option(names = "--ignore", split = ",", paramLabel = "COL[,COL...]", description = "Tables: columns to leave out (identifiers, timestamps...).")
    List<String> ignore = List.of();

    @Option(names = "--schema", paramLabel = "FILE.json",
            description = "Tables: column types from this file (as `latent schema` prints it, edited) instead of inferring them.")
    Path schema;

    @Option(names = "--max-categories", defaultValue = "1000", paramLabel = "N",
            description = "Tables: refuse a categorical column with more distinct values than this. Default: ${DEFAULT-VALUE}.")
    int maxCategories;

    @Option(names = "--test-fraction", defaultValue = "0.2", paramLabel = "F",
            description = "Tables in one file: the share of rows held out as the test split (stratified by label). Default: ${DEFAULT-VALUE}.")
    double testFraction;

    @Option(names = "--split-seed", defaultValue = "1", paramLabel = "S",
            description = "The seed of the test split's and the validation split's rows. Default: ${DEFAULT-VALUE}.")
    long splitSeed;

    @Option(names = "--validation-fraction", paramLabel = "F",
            description = "The share of the training rows held out as the validation split (anomaly thresholds are quantiles of its scores). "
                    + "Default: 0.1 for tables and with --anomaly-label, else 0.")
    Double validationFraction;

    @Option(names = "--anomaly-label", paramLabel = "VALUE",
            description = "The label of anomalies: their rows are kept out of training (the model learns the normal rows), "
                    + "and later commands score against it (ROC AUC, average precision). For images, a class number.")
    String anomalyLabel;

    static final double DEFAULT_VALIDATION = 0.1;

    SchemaOptions schemaOptions() {
        return new SchemaOptions(labelColumn, ignore, maxCategories);
    }

    /** The validation share: as given, else 0.1 for a table or an anomaly label, else 0. */
    double validation(boolean table) {
        if (validationFraction != null) {
            return validationFraction;
        }
        return table || anomalyLabel != null ? DEFAULT_VALIDATION : 0;
    }

    TableData.Settings settings(CsvOptions csv) {
        return new TableData.Settings(csv, schema, schemaOptions(), testFraction, splitSeed, validation(true), anomalyLabel);
    }
}
