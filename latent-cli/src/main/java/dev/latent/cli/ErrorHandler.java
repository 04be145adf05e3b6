package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.train.TrainingDivergedException;
import dev.latent.train.TrainingStoppedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns the errors a user can act on into one line and an exit code; anything else is a bug and
 * keeps its stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidInputException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
        if (e instanceof TrainingStoppedException stopped) {
            return report(commandLine, stopped.getMessage(), stopped.exitCode());
        }
        if (e instanceof TrainingDivergedException) {
            return report(commandLine, "training stopped: " + e.getMessage(), ExitCodes.DIVERGED);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return report(commandLine, "error: " + e.getMessage(), ExitCodes.CANNOT_WRITE);
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
