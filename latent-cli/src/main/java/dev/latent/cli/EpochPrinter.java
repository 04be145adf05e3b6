package dev.latent.cli;

import dev.latent.train.EpochSums;
import dev.latent.train.TrainingListener;

import dev.latent.eval.Evaluation;
import java.io.PrintWriter;

/** One line per epoch with the train and test terms in nats per image. */
final class EpochPrinter implements TrainingListener {
    private final PrintWriter out;

    public EpochPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        EpochSums train = result.train();
        StringBuilder line = new StringBuilder(String.format(
                "epoch %d: train rec %.2f kl %.2f loss %.2f nats/image", result.epoch(), train.reconstructionNats(), train.klNats(), train.lossNats()));
        Evaluation test = result.test();
        if (test != null) {
            line.append(String.format(" | test rec %.2f kl %.2f -elbo %.2f nats/image", test.reconstructionNats(), test.klNats(), test.negativeElboNats()));
        }
        line.append(String.format(" | %.0f images/s, %.1f s", train.samplesPerSecond(), result.seconds()));
        out.println(line);
        out.flush();
    }
}
