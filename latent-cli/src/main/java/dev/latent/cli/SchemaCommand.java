package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.TableData;
import dev.latent.data.table.CsvFile;
import dev.latent.data.table.InferredSchema;
import dev.latent.data.table.RawTable;
import dev.latent.data.table.SchemaInference;
import dev.latent.io.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent schema}: the column types latent infers for a CSV, as JSON to edit and pass back with --schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the schema latent infers for a CSV table (numeric, categorical or boolean per column; the label column; "
                + "ignored and dropped columns) as JSON. Edit it and pass it to train with --schema FILE.",
            "Notes (a constant column dropped, a mostly numeric column with text in it) go to standard error."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @ArgGroup(validate = false, heading = "Tables:%n")
    TableOptions table = new TableOptions();

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write the schema here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (data.spec == null) {
            throw InvalidInputException.of("data", "schema needs a CSV table: give --data FILE.csv or a directory with train.csv");
        }
        Path path = Path.of(data.spec);
        Path file = Files.isDirectory(path) ? path.resolve(TableData.TRAIN) : path;
        RawTable rows = CsvFile.read(file, data.csv());
        InferredSchema inferred = SchemaInference.infer(rows, table.schemaOptions());
        inferred.notes().forEach(note -> spec.commandLine().getErr().println("note: " + note));
        String json = inferred.schema().toJson();
        if (out != null) {
            CommandChecks.writableFile(out);
            AtomicFiles.writeString(out, json.endsWith("\n") ? json : json + "\n");
            spec.commandLine().getOut().printf("wrote %s: %d input columns of %s%n", out, inferred.schema().columns().size(), file);
        } else {
            spec.commandLine().getOut().println(json);
        }
        return ExitCodes.OK;
    }
}
