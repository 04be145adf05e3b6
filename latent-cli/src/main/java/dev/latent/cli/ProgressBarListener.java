package dev.latent.cli;

import dev.latent.train.TrainingState;
import dev.latent.train.TrainingListener;

import dev.latent.objective.LossTerms;
import java.io.PrintStream;
import java.text.DecimalFormat;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar per epoch: images/s, and reconstruction, KL and loss in nats per image. */
final class ProgressBarListener implements TrainingListener {
    private final PrintStream stream;
    private ProgressBar bar;

    public ProgressBarListener(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void onEpochStart(int epoch, int totalEpochs, int batches, int batchesDone) {
        bar = new ProgressBarBuilder()
                .setTaskName(String.format("epoch %d/%d", epoch, totalEpochs))
                .setInitialMax(batches)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream))
                .setUpdateIntervalMillis(250)
                .setUnit(" batches", 1)
                .showSpeed(new DecimalFormat("#"))
                .build();
        bar.stepTo(batchesDone);
    }

    @Override
    public void onBatchEnd(TrainingState state, LossTerms.Nats nats, long images) {
        bar.step();
        bar.setExtraMessage(String.format(" %.0f img/s rec %.1f kl %.1f loss %.1f",
                state.partial().samplesPerSecond(), nats.reconstructionNats(), nats.klNats(), nats.lossNats()));
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
