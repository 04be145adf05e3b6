package dev.latent.cli;

import dev.latent.objective.Terms;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingState;
import java.io.PrintStream;
import java.text.DecimalFormat;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar per epoch: images/s and the last batch's terms. On a terminal it redraws in place;
 * when the stream is not a terminal (a log file, CI) it prints a plain line every few seconds
 * instead of carriage-return frames.
 */
final class ProgressBarListener implements TrainingListener {
    /** How often a log (not a terminal) gets a line. */
    static final int LOG_INTERVAL_MILLIS = 5_000;

    private final PrintStream stream;
    private final boolean terminal;
    private ProgressBar bar;

    /** @param terminal whether {@code stream} is an interactive terminal */
    ProgressBarListener(PrintStream stream, boolean terminal) {
        this.stream = stream;
        this.terminal = terminal;
    }

    /** A bar on standard error, redrawn in place only when there is a console. */
    static ProgressBarListener onStandardError() {
        return new ProgressBarListener(System.err, System.console() != null);
    }

    @Override
    public void onEpochStart(int epoch, int totalEpochs, int batches, int batchesDone) {
        ProgressBarConsumer consumer = terminal ? new ConsoleProgressBarConsumer(stream) : new DelegatingProgressBarConsumer(stream::println);
        bar = new ProgressBarBuilder()
                .setTaskName(String.format("epoch %d/%d", epoch, totalEpochs))
                .setInitialMax(batches)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(consumer)
                .setUpdateIntervalMillis(terminal ? 250 : LOG_INTERVAL_MILLIS)
                .setUnit(" batches", 1)
                .showSpeed(new DecimalFormat("#"))
                .build();
        bar.stepTo(batchesDone);
    }

    @Override
    public void onBatchEnd(TrainingState state, Terms terms, long images) {
        bar.step();
        bar.setExtraMessage(String.format(" %.0f img/s%s", state.partial().samplesPerSecond(), EpochPrinter.terms(terms)));
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
