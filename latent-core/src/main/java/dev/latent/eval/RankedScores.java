package dev.latent.eval;

import java.util.Arrays;

/**
 * Labelled anomaly scores ranked from the most anomalous down, one step per distinct score: the
 * cumulative counts behind the ROC and precision-recall curves (as sklearn's
 * {@code _binary_clf_curve}). Row i is anomalous (a positive) when {@code anomalous[i]}.
 *
 * <p>At step k (0 <= k < m, m distinct scores) the rows with {@code score >= distinct[k]} are
 * flagged: {@code truePositives[k]} of them anomalous and {@code falsePositives[k]} normal. In the
 * {@code score > threshold} convention of {@link Confusion#at} that flagging is the threshold
 * {@code distinct[k + 1]}, or minus infinity at the last step.
 */
final class RankedScores {
    /** Distinct scores in decreasing order, (m). */
    final double[] distinct;
    /** Anomalous rows scoring at least {@code distinct[k]}, (m), nondecreasing. */
    final long[] truePositives;
    /** Normal rows scoring at least {@code distinct[k]}, (m), nondecreasing. */
    final long[] falsePositives;
    final long anomalousCount;
    final long normalCount;

    private RankedScores(double[] distinct, long[] truePositives, long[] falsePositives) {
        this.distinct = distinct;
        this.truePositives = truePositives;
        this.falsePositives = falsePositives;
        int last = distinct.length - 1;
        this.anomalousCount = last < 0 ? 0 : truePositives[last];
        this.normalCount = last < 0 ? 0 : falsePositives[last];
    }

    /**
     * Ranks the rows: O(n log n), two sorted copies of the scores and three arrays of the distinct
     * scores' length, no boxing (a million rows take a few tens of MB).
     *
     * @throws IllegalArgumentException if an array is null, their lengths differ or a score is NaN
     */
    static RankedScores of(double[] scores, boolean[] anomalous) {
        checkRows(scores, anomalous);
        int positives = 0;
        for (boolean a : anomalous) {
            positives += a ? 1 : 0;
        }
        double[] anomalousScores = new double[positives];
        double[] normalScores = new double[scores.length - positives];
        for (int i = 0, p = 0, q = 0; i < scores.length; i++) {
            if (anomalous[i]) {
                anomalousScores[p++] = scores[i];
            } else {
                normalScores[q++] = scores[i];
            }
        }
        Arrays.sort(anomalousScores);
        Arrays.sort(normalScores);
        return merge(anomalousScores, normalScores);
    }

    /** Walks both ascending arrays from their tops; {@code ==} joins -0.0 and 0.0 as one score. */
    private static RankedScores merge(double[] anomalousScores, double[] normalScores) {
        int n = anomalousScores.length + normalScores.length;
        double[] distinct = new double[n];
        long[] truePositives = new long[n];
        long[] falsePositives = new long[n];
        int i = anomalousScores.length - 1;
        int j = normalScores.length - 1;
        long tp = 0;
        long fp = 0;
        int m = 0;
        while (i >= 0 || j >= 0) {
            double score = i < 0 ? normalScores[j] : j < 0 ? anomalousScores[i] : Math.max(anomalousScores[i], normalScores[j]);
            for (; i >= 0 && anomalousScores[i] == score; i--) {
                tp++;
            }
            for (; j >= 0 && normalScores[j] == score; j--) {
                fp++;
            }
            distinct[m] = score;
            truePositives[m] = tp;
            falsePositives[m] = fp;
            m++;
        }
        return new RankedScores(Arrays.copyOf(distinct, m), Arrays.copyOf(truePositives, m), Arrays.copyOf(falsePositives, m));
    }

    int size() {
        return distinct.length;
    }

    /** The {@code score > threshold} threshold that flags exactly the rows of step k. */
    double thresholdOfStep(int k) {
        return k + 1 < distinct.length ? distinct[k + 1] : Double.NEGATIVE_INFINITY;
    }

    /** Refuses, for measures that compare the two classes, data where one of them is absent. */
    RankedScores requireBothClasses(String measure) {
        if (anomalousCount == 0 || normalCount == 0) {
            throw new IllegalArgumentException(measure + " needs both anomalous and normal rows; got "
                    + anomalousCount + " anomalous and " + normalCount + " normal");
        }
        return this;
    }

    /** Refuses, for measures built on recall, data without an anomalous row. */
    RankedScores requireAnomalous(String measure) {
        if (anomalousCount == 0) {
            throw new IllegalArgumentException(measure + " needs at least one anomalous row; got none among "
                    + normalCount + " rows");
        }
        return this;
    }

    static void checkRows(double[] scores, boolean[] anomalous) {
        if (scores == null || anomalous == null) {
            throw new IllegalArgumentException("scores and anomalous flags are required, got "
                    + (scores == null ? "no scores" : "no flags"));
        }
        if (scores.length != anomalous.length) {
            throw new IllegalArgumentException("one anomalous flag per score: got " + scores.length + " scores and "
                    + anomalous.length + " flags");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN; every row needs a score to rank");
            }
        }
    }
}
