package dev.latent.eval;

/**
 * How well an anomaly score separates anomalous rows from normal ones, threshold-free. A higher
 * score is more anomalous; row i is anomalous when {@code anomalous[i]}. Scores may be infinite
 * but not NaN. Each measure ranks the rows once, O(n log n).
 *
 * <p>Both measures equal sklearn's ({@code roc_auc_score}, {@code average_precision_score}) on
 * the same data, ties included; the curves differ from sklearn's only in the
 * {@code score > threshold} convention of their thresholds (see {@link Curve}) and in keeping
 * collinear points ({@code drop_intermediate=False}) up to {@link Curve#MAX_POINTS}.
 */
public final class AnomalyMetrics {
    private AnomalyMetrics() {}

    /**
     * The area under the ROC curve: the probability that a random anomalous row scores above a
     * random normal one, ties counting half, {@code (1 / (P N)) sum_{i anomalous, j normal}
     * (1[s_i > s_j] + 1[s_i = s_j] / 2)} (the Mann-Whitney U over P N; Hanley & McNeil 1982).
     * Computed as the trapezoidal area under the ROC points, which is the same number, in exact
     * integer arithmetic until the one division.
     *
     * @throws IllegalArgumentException if either class is absent, a score is NaN or the lengths
     *     differ
     */
    public static double rocAuc(double[] scores, boolean[] anomalous) {
        RankedScores ranked = RankedScores.of(scores, anomalous).requireBothClasses("ROC AUC");
        long twiceArea = 0; // sum over steps of (fp_k - fp_{k-1}) (tp_k + tp_{k-1}): at most 2 P N < 2^63 for any Java array
        long previousTp = 0;
        long previousFp = 0;
        for (int k = 0; k < ranked.size(); k++) {
            long tp = ranked.truePositives[k];
            long fp = ranked.falsePositives[k];
            twiceArea += (fp - previousFp) * (tp + previousTp);
            previousTp = tp;
            previousFp = fp;
        }
        return twiceArea / (2.0 * ranked.anomalousCount * ranked.normalCount);
    }

    /**
     * Average precision, {@code sum_k (R_k - R_{k-1}) P_k} over the distinct scores taken as
     * thresholds in decreasing order ({@code R_0 = 0}), with {@code P_k} and {@code R_k} the
     * precision and recall of flagging the rows scoring at least the k-th: a step function, not
     * the optimistic trapezoid (sklearn's {@code average_precision_score}; Davis & Goadrich 2006
     * on why not interpolate). Tied rows enter in one step. Without ties it is the mean, over the
     * anomalous rows, of the precision among the rows ranked at or above each.
     *
     * @return in (0, 1]; 1 when every row is anomalous
     * @throws IllegalArgumentException if there is no anomalous row (recall is undefined), a score
     *     is NaN or the lengths differ
     */
    public static double averagePrecision(double[] scores, boolean[] anomalous) {
        RankedScores ranked = RankedScores.of(scores, anomalous).requireAnomalous("average precision");
        double sum = 0;
        long previousTp = 0;
        for (int k = 0; k < ranked.size(); k++) {
            long tp = ranked.truePositives[k];
            long flagged = tp + ranked.falsePositives[k];
            sum += (double) (tp - previousTp) * tp / flagged;
            previousTp = tp;
        }
        return sum / ranked.anomalousCount;
    }

    /**
     * The ROC curve: x the false positive rate {@code fp / N}, y the true positive rate
     * {@code tp / P}, from (0, 0) (threshold the highest score, nothing flagged) to (1, 1)
     * (threshold minus infinity), one point per distinct score, at most {@link Curve#MAX_POINTS}.
     *
     * @throws IllegalArgumentException as {@link #rocAuc}
     */
    public static Curve roc(double[] scores, boolean[] anomalous) {
        RankedScores ranked = RankedScores.of(scores, anomalous).requireBothClasses("a ROC curve");
        int m = ranked.size();
        double[] falsePositiveRate = new double[m + 1];
        double[] truePositiveRate = new double[m + 1];
        double[] thresholds = new double[m + 1];
        thresholds[0] = ranked.distinct[0];
        for (int k = 0; k < m; k++) {
            falsePositiveRate[k + 1] = (double) ranked.falsePositives[k] / ranked.normalCount;
            truePositiveRate[k + 1] = (double) ranked.truePositives[k] / ranked.anomalousCount;
            thresholds[k + 1] = ranked.thresholdOfStep(k);
        }
        return new Curve(falsePositiveRate, truePositiveRate, thresholds).thinned(Curve.MAX_POINTS);
    }

    /**
     * The precision-recall curve: x recall {@code tp / P}, y precision {@code tp / (tp + fp)}, one
     * point per distinct score in decreasing order, at most {@link Curve#MAX_POINTS}. It starts,
     * as sklearn's, at recall 0 with precision 1 (threshold the highest score: nothing flagged,
     * where {@link Confusion#precision} says 0 instead) and ends at recall 1 with precision P / n
     * (threshold minus infinity). Drawn as steps it encloses {@link #averagePrecision}.
     *
     * @throws IllegalArgumentException as {@link #averagePrecision}
     */
    public static Curve precisionRecall(double[] scores, boolean[] anomalous) {
        RankedScores ranked = RankedScores.of(scores, anomalous).requireAnomalous("a precision-recall curve");
        int m = ranked.size();
        double[] recall = new double[m + 1];
        double[] precision = new double[m + 1];
        double[] thresholds = new double[m + 1];
        precision[0] = 1;
        thresholds[0] = ranked.distinct[0];
        for (int k = 0; k < m; k++) {
            long tp = ranked.truePositives[k];
            recall[k + 1] = (double) tp / ranked.anomalousCount;
            precision[k + 1] = (double) tp / (tp + ranked.falsePositives[k]);
            thresholds[k + 1] = ranked.thresholdOfStep(k);
        }
        return new Curve(recall, precision, thresholds).thinned(Curve.MAX_POINTS);
    }
}
