package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.nn.ProcessGroupException;
import dev.latent.train.TrainingCollapsedException;
import dev.latent.train.TrainingDivergedException;
import dev.latent.train.TrainingStoppedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;

/**
 * Turns the errors a user can act on into one line and an exit code; anything else is a bug and
 * keeps its stack trace. The library speaks of its settings by their Java names
 * ({@code learningRate}); this is where they become flags ({@code --lr}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    /** The library's setting names and the flags that set them. */
    static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("learningRate", "--lr"), Map.entry("epochs", "--epochs"), Map.entry("batchSize", "--batch-size"),
            Map.entry("checkpointEvery", "--checkpoint-every"), Map.entry("hidden", "--hidden"), Map.entry("latentDim", "--latent-dim"),
            Map.entry("channels", "--channels"), Map.entry("beta", "--beta"), Map.entry("betaWarmupSteps", "--beta-warmup"),
            Map.entry("gaussianVariance", "--gaussian-variance"), Map.entry("data", "--data"), Map.entry("imageSize", "--image-size"),
            Map.entry("dir", "--out"), Map.entry("force", "--force or --resume"), Map.entry("count", "--count"),
            Map.entry("discriminatorSteps", "--d-steps"), Map.entry("upsample", "--upsample"),
            Map.entry("delimiter", "--delimiter"), Map.entry("maxCategories", "--max-categories"), Map.entry("ignore", "--ignore"),
            Map.entry("threshold", "--threshold"), Map.entry("score", "--score"), Map.entry("importanceSamples", "--importance-samples"),
            Map.entry("anomalyLabel", "--anomaly-label"), Map.entry("validationFraction", "--validation-fraction"),
            Map.entry("testFraction", "--test-fraction"), Map.entry("full", "--full"), Map.entry("arch", "--arch"),
            Map.entry("device", "--device"));

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidInputException invalid) {
            String flag = invalid.parameter() == null ? null : FLAGS.get(invalid.parameter());
            return report(commandLine, "error: " + e.getMessage() + (flag == null ? "" : " (" + flag + ")"), ExitCodes.BAD_INPUT);
        }
        if (e instanceof TrainingStoppedException stopped) {
            return report(commandLine, stopped.getMessage().replace("resume from it to continue", "continue with --resume"), stopped.exitCode());
        }
        if (e instanceof TrainingCollapsedException) {
            return report(commandLine, "training stopped: " + e.getMessage() + " (--lr, --d-steps, --seed)", ExitCodes.COLLAPSED);
        }
        if (e instanceof TrainingDivergedException) {
            return report(commandLine, "training stopped: " + e.getMessage().replace("learningRate", "learning rate (--lr)"), ExitCodes.DIVERGED);
        }
        if (e instanceof ProcessGroupException) {
            return report(commandLine, "training stopped: " + e.getMessage() + "; the last checkpoint in --out was kept: start every process"
                    + " again with --resume", ExitCodes.PROCESSES_LOST);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.CANNOT_WRITE);
        }
        if (String.valueOf(e.getMessage()).contains("CUDA out of memory")) {
            return report(commandLine, "error: the GPU ran out of memory; try a smaller --batch-size or model, or --device cpu",
                    ExitCodes.OUT_OF_MEMORY);
        }
        commandLine.getErr().println("latent: unexpected failure (please report it):");
        e.printStackTrace(commandLine.getErr());
        return ExitCodes.FAILURE;
    }

    private static int report(CommandLine commandLine, String message, int code) {
        commandLine.getErr().println("latent: " + message.replace('\n', ' '));
        commandLine.getErr().flush();
        return code;
    }
}
