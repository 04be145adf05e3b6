package dev.latent.cli;

import dev.latent.data.Dataset;
import dev.latent.data.Split;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Inference;
import dev.latent.io.AtomicFiles;
import dev.latent.data.Examples;
import dev.latent.store.TrainedModel;
import dev.latent.store.ModelFiles;
import dev.latent.data.SplitPlan;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latent encode}: the mean code of each image, as CSV. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Write the mean latent code of each image or table row as CSV: label (if the data has labels), then z_0..z_{d-1}.")
final class EncodeCommand implements Callable<Integer> {
    enum SplitOption { train, test }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelDirOption model;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Option(names = "--split", defaultValue = "test", description = "Which split: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    SplitOption which;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        CommandChecks.writableFile(out);
        ModelAndData loaded = ModelAndData.load(model, data, engine);
        TrainedModel trained = loaded.trained();
        Split split = loaded.split();
        Dataset dataset = which == SplitOption.train ? split.train() : split.test();
        float[] codes = Inference.encodeMeans(trained.autoencoder(), Examples.images(dataset), Conditioning.labels(trained.model(), dataset)).toFloatArray();
        int d = trained.config().model().latentDim();
        java.util.List<String> labelNames = ModelFiles.plan(model.dir).map(SplitPlan::labels).orElse(null);
        AtomicFiles.write(out, stream -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            writer.write(header(dataset.hasLabels(), d));
            for (int i = 0; i < dataset.size(); i++) {
                StringBuilder row = new StringBuilder();
                if (dataset.hasLabels()) {
                    int label = dataset.labels()[i];
                    row.append(labelNames != null && label >= 0 ? Csv.field(labelNames.get(label)) : Integer.toString(label)).append(',');
                }
                for (int j = 0; j < d; j++) {
                    row.append(j == 0 ? "" : ",").append(codes[i * d + j]);
                }
                writer.write(row.append('\n').toString());
            }
            writer.flush();
        });
        spec.commandLine().getOut().printf("wrote %s: %d codes of dimension %d (%s split)%n", out, dataset.size(), d, which);
        return ExitCodes.OK;
    }

    private static String header(boolean labels, int d) {
        StringBuilder header = new StringBuilder(labels ? "label" : "");
        for (int j = 0; j < d; j++) {
            header.append(j == 0 && !labels ? "" : ",").append("z_").append(j);
        }
        return header.append('\n').toString();
    }
}
