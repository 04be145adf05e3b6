package dev.latent.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code latent} command: one subcommand per file in this package. */
@Command(name = "latent",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Autoencoders and variational autoencoders: train, evaluate, picture, compare, explore and benchmark them.",
        subcommands = {
            DemoCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            ReconstructCommand.class,
            SampleCommand.class,
            EncodeCommand.class,
            ScoreCommand.class,
            SchemaCommand.class,
            BenchCommand.class,
            ReportCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            ExploreCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns its exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler());
        commandLine.setParameterExceptionHandler(Main::badParameter);
        DomainConverters.register(commandLine);
        return commandLine.execute(args);
    }

    /** A bad flag or value: one line naming it and where help is, exit 2 (picocli's default prints the whole usage). */
    private static int badParameter(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("latent: error: " + e.getMessage().replace('\n', ' ') + "; see: latent " + command.getCommandName() + " --help");
        command.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }
}
