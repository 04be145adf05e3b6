package dev.latent.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.eval.AnomalyMetrics;
import dev.latent.eval.AnomalyScore;
import dev.latent.eval.Confusion;
import dev.latent.eval.Threshold;
import dev.latent.io.Json;
import dev.latent.viz.AnomalyCharts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What {@code latent score} reports after its pass: counts, the threshold and its origin, and metrics where labels allow. */
final class ScoreSummary {
    private final ScorePass pass;
    private final Threshold threshold;
    private final AnomalyScore score;
    private final String source;
    private final Map<String, Long> unknown;
    private final double[] scores;
    private final boolean[] anomalous;
    private final long anomalies;

    ScoreSummary(ScorePass pass, Threshold threshold, AnomalyScore score, String source, Map<String, Long> unknown) {
        this.pass = pass;
        this.threshold = threshold;
        this.score = score;
        this.source = source;
        this.unknown = unknown;
        this.scores = pass.labelledScores();
        this.anomalous = pass.labelledAnomalous();
        long count = 0;
        for (boolean a : anomalous) {
            count += a ? 1 : 0;
        }
        this.anomalies = count;
    }

    /** Whether both classes are among the labelled rows, so ROC AUC and AP are defined. */
    boolean hasMetrics() {
        return anomalies > 0 && anomalies < scores.length;
    }

    /** {@code STEM.threshold.json}, and with metrics {@code STEM.roc.png} and {@code STEM.pr.png}, beside {@code out}. */
    void writeBeside(Path out, boolean charts) throws IOException {
        Json.write(beside(out, ".threshold.json"), threshold);
        if (charts && hasMetrics()) {
            AnomalyCharts.writeRoc(beside(out, ".roc.png"), scores, anomalous, score.column());
            AnomalyCharts.writePrecisionRecall(beside(out, ".pr.png"), scores, anomalous, score.column());
        }
    }

    static Path beside(Path out, String suffix) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + suffix);
    }

    void print(PrintWriter out, boolean json, Path file) {
        if (json) {
            out.println(json().toString());
            return;
        }
        out.printf("scored %d rows of %s by %s; %d flagged (%.2f%%) over the threshold %.6g%n", pass.rows(), source, score.column(), pass.flagged(),
                100.0 * pass.flagged() / Math.max(1, pass.rows()), threshold.value());
        out.printf("threshold %s: %s%n", rule(), threshold.origin());
        if (!unknown.isEmpty()) {
            out.printf("categories unseen in training (scored as \"(unknown)\"): %s%n", unknown);
        }
        if (hasMetrics()) {
            Confusion at = Confusion.at(threshold.value(), scores, anomalous);
            out.printf("against the labels (%d anomalies in %d rows): ROC AUC %.4f, average precision %.4f; at the threshold precision %.4f recall %.4f F1 %.4f%n",
                    anomalies, scores.length, AnomalyMetrics.rocAuc(scores, anomalous), AnomalyMetrics.averagePrecision(scores, anomalous),
                    at.precision(), at.recall(), at.f1());
        }
        out.printf("wrote %s and %s%n", file, beside(file, ".threshold.json").getFileName());
    }

    private String rule() {
        return threshold.rule() + (Double.isNaN(threshold.parameter()) ? "" : ":" + threshold.parameter());
    }

    private ObjectNode json() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("source", source);
        node.put("score", score.column());
        node.put("rows", pass.rows());
        node.put("flagged", pass.flagged());
        node.set("threshold", Json.mapper().valueToTree(threshold));
        ObjectNode unseen = node.putObject("unknown_categories");
        unknown.forEach(unseen::put);
        if (hasMetrics()) {
            Confusion at = Confusion.at(threshold.value(), scores, anomalous);
            node.put("labelled_rows", scores.length);
            node.put("anomalies", anomalies);
            node.put("roc_auc", AnomalyMetrics.rocAuc(scores, anomalous));
            node.put("average_precision", AnomalyMetrics.averagePrecision(scores, anomalous));
            node.put("precision", at.precision());
            node.put("recall", at.recall());
            node.put("f1", at.f1());
            node.set("confusion", Json.mapper().valueToTree(at));
        }
        return node;
    }
}
