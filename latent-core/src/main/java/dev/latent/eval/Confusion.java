package dev.latent.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The confusion matrix of one anomaly threshold: a row is flagged when {@code score > threshold}
 * and is a positive when it is anomalous. Written to JSON with precision, recall and F1 beside the
 * counts (read back from the counts alone).
 *
 * <p>Division by zero: precision with nothing flagged, recall with no anomalous row and F1 with
 * neither a flag nor an anomalous row are defined as 0 (sklearn's {@code zero_division=0}).
 *
 * @param truePositives anomalous rows flagged
 * @param falsePositives normal rows flagged
 * @param trueNegatives normal rows not flagged
 * @param falseNegatives anomalous rows not flagged
 */
@JsonIgnoreProperties(value = {"precision", "recall", "f1"}, allowGetters = true)
public record Confusion(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {
    public Confusion {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("confusion counts cannot be negative, got tp " + truePositives + ", fp "
                    + falsePositives + ", tn " + trueNegatives + ", fn " + falseNegatives);
        }
    }

    /**
     * The confusion of flagging {@code score > threshold}, O(n).
     *
     * @param threshold any double; NaN flags nothing
     * @param scores one per row, not NaN
     * @param anomalous one per row: true for an anomalous row
     * @throws IllegalArgumentException if the arrays differ in length or a score is NaN
     */
    public static Confusion at(double threshold, double[] scores, boolean[] anomalous) {
        RankedScores.checkRows(scores, anomalous);
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] > threshold;
            if (anomalous[i]) {
                tp += flagged ? 1 : 0;
                fn += flagged ? 0 : 1;
            } else {
                fp += flagged ? 1 : 0;
                tn += flagged ? 0 : 1;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    /** {@code tp / (tp + fp)}, the share of flagged rows that are anomalous; 0 when nothing is flagged. */
    @JsonProperty("precision")
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** {@code tp / (tp + fn)}, the share of anomalous rows flagged; 0 when there is no anomalous row. */
    @JsonProperty("recall")
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    /**
     * {@code 2 tp / (2 tp + fp + fn)}: the harmonic mean of precision and recall wherever both are
     * defined, and 0 whenever {@code tp = 0}.
     */
    @JsonProperty("f1")
    public double f1() {
        return f1(truePositives, falsePositives, falseNegatives);
    }

    static double f1(long truePositives, long falsePositives, long falseNegatives) {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
