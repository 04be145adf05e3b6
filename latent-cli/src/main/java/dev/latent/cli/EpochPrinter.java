package dev.latent.cli;

import dev.latent.objective.Terms;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingState;
import java.io.PrintWriter;
import java.util.Map;

/** One line per epoch with every term of the training split and of each measurement (the test split). */
final class EpochPrinter implements TrainingListener {
    private final PrintWriter out;
    private final String unit;

    EpochPrinter(PrintWriter out) {
        this(out, "image");
    }

    /** Numbers per {@code unit}: "image", or "row" for a table. */
    EpochPrinter(PrintWriter out, String unit) {
        this.out = out;
        this.unit = unit;
    }

    @Override
    public void onTrainingStart(TrainingState from) {
        if (from.step() > 0) {
            out.printf("resuming at epoch %d, step %d%n", from.epoch(), from.step());
        }
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        StringBuilder line = new StringBuilder("epoch " + result.epoch() + ": train" + terms(result.train().perExample()));
        for (Map.Entry<String, Terms> group : result.measured().entrySet()) {
            line.append(" | ").append(group.getKey()).append(terms(group.getValue()));
        }
        line.append(String.format(" (nats/" + unit + ") | %.0f " + unit + "s/s, %.1f s", result.train().samplesPerSecond(), result.seconds()));
        out.println(line);
        out.flush();
    }

    /** " rec 98.21 kl 25.03 loss 123.24": each term, shortened, to two decimals. */
    static String terms(Terms terms) {
        StringBuilder text = new StringBuilder();
        terms.values().forEach((name, value) -> text.append(' ').append(shortName(name)).append(String.format(" %.2f", value)));
        return text.toString();
    }

    private static String shortName(String term) {
        return switch (term) {
            case Terms.RECONSTRUCTION -> "rec";
            case Terms.KL -> "kl";
            case Terms.LOSS -> "loss";
            case Terms.NEGATIVE_ELBO -> "-elbo";
            default -> term.replaceFirst("_nats$", "");
        };
    }
}
