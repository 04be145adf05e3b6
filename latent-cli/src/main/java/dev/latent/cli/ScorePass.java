package dev.latent.cli;

import dev.latent.data.ImageShape;
import dev.latent.eval.AnomalyScorer;
import dev.latent.eval.Threshold;
import dev.latent.io.AtomicFiles;
import dev.latent.nn.TensorScope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One pass of {@code latent score} over its rows: each chunk scored, its rows written as CSV
 * (atomically: the file appears whole or not at all), and the scores and anomaly flags of labelled
 * rows kept for the metrics (9 bytes a row).
 */
final class ScorePass {
    static final int TOP = 3;
    private final AnomalyScorer scorer;
    private final ImageShape shape;
    private final Threshold threshold;
    private final String anomalyLabel;
    private final boolean flagOnly;
    private double[] scores = new double[1024];
    private boolean[] anomalous = new boolean[1024];
    private int labelled;
    private long rows;
    private long flagged;

    ScorePass(AnomalyScorer scorer, ImageShape shape, Threshold threshold, String anomalyLabel, boolean flagOnly) {
        this.scorer = scorer;
        this.shape = shape;
        this.threshold = threshold;
        this.anomalyLabel = anomalyLabel;
        this.flagOnly = flagOnly;
    }

    /** Every score of {@code rows}, for a threshold that depends on them (contamination). */
    static double[] scoresOnly(AnomalyScorer scorer, ImageShape shape, ScoreCommand.Reopen reopen) {
        double[] out = new double[1024];
        int count = 0;
        try (ScoreRows rows = reopen.open()) {
            while (true) {
                try (TensorScope scope = TensorScope.open()) {
                    ScoreRows.Chunk chunk = rows.next();
                    if (chunk == null) {
                        return Arrays.copyOf(out, count);
                    }
                    double[] scores = scorer.score(chunk.tensor(shape)).scores();
                    if (count + scores.length > out.length) {
                        out = Arrays.copyOf(out, Math.max(out.length * 2, count + scores.length));
                    }
                    System.arraycopy(scores, 0, out, count, scores.length);
                    count += scores.length;
                }
            }
        }
    }

    void write(ScoreRows source, Path out) throws IOException {
        List<String> columns = scorer.columns();
        AtomicFiles.write(out, stream -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            writer.write(header(columns, source.hasLabels() ? source.labelName() : null));
            StringBuilder line = new StringBuilder();
            while (true) {
                try (TensorScope scope = TensorScope.open()) {
                    ScoreRows.Chunk chunk = source.next();
                    if (chunk == null) {
                        break;
                    }
                    AnomalyScorer.Scores result = scorer.score(chunk.tensor(shape));
                    for (int i = 0; i < chunk.count(); i++) {
                        double score = result.scores()[i];
                        boolean flag = threshold.flags(score);
                        rows++;
                        flagged += flag ? 1 : 0;
                        String label = chunk.labels() == null ? null : chunk.labels()[i];
                        if (label != null && anomalyLabel != null && !dev.latent.data.table.RawTable.isMissing(label)) {
                            keep(score, label.equals(anomalyLabel));
                        }
                        if (flagOnly && !flag) {
                            continue;
                        }
                        line.setLength(0);
                        line.append(chunk.firstRow() + i);
                        if (chunk.labels() != null) {
                            line.append(',').append(Csv.field(label));
                        }
                        line.append(',').append((float) score).append(',').append(flag ? 1 : 0);
                        if (result.columns() != null) {
                            top(line, columns, result.columns(), i * result.columnCount(), result.columnCount());
                        }
                        writer.write(line.append('\n').toString());
                    }
                }
            }
            writer.flush();
        });
    }

    private String header(List<String> columns, String label) {
        StringBuilder header = new StringBuilder("row");
        if (label != null) {
            header.append(',').append(Csv.field(label));
        }
        header.append(',').append(scorer.score().column()).append(",flagged");
        for (int k = 1; k <= Math.min(TOP, columns.size()); k++) {
            header.append(",top_").append(k).append(",top_").append(k).append("_nats");
        }
        return header.append('\n').toString();
    }

    /** The {@link #TOP} columns with the most reconstruction nats, most first. */
    private static void top(StringBuilder line, List<String> names, double[] nats, int offset, int count) {
        Integer[] order = new Integer[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(nats[offset + b], nats[offset + a]));
        for (int k = 0; k < Math.min(TOP, count); k++) {
            line.append(',').append(Csv.field(names.get(order[k]))).append(',').append((float) nats[offset + order[k]]);
        }
    }

    private void keep(double score, boolean anomaly) {
        if (labelled == scores.length) {
            scores = Arrays.copyOf(scores, labelled * 2);
            anomalous = Arrays.copyOf(anomalous, labelled * 2);
        }
        scores[labelled] = score;
        anomalous[labelled++] = anomaly;
    }

    long rows() {
        return rows;
    }

    long flagged() {
        return flagged;
    }

    double[] labelledScores() {
        return Arrays.copyOf(scores, labelled);
    }

    boolean[] labelledAnomalous() {
        return Arrays.copyOf(anomalous, labelled);
    }
}
