package dev.latent.eval;

import java.util.Arrays;

/**
 * A curve traced by sweeping an anomaly threshold from the highest score down: point i is what
 * flagging the rows with {@code score > thresholds[i]} gives. For {@link AnomalyMetrics#roc} x is
 * the false positive rate and y the true positive rate; for {@link AnomalyMetrics#precisionRecall}
 * x is recall and y precision. Thresholds decrease along the curve, x does not decrease.
 *
 * @param x the horizontal coordinate of each point, (points)
 * @param y the vertical coordinate of each point, (points)
 * @param thresholds the threshold of each point, (points), decreasing; the last is minus infinity
 *     (every row flagged)
 */
public record Curve(double[] x, double[] y, double[] thresholds) {
    /** The most points a curve is drawn with: enough for a smooth 1000-pixel chart of any data. */
    public static final int MAX_POINTS = 2001;

    public Curve {
        if (x.length != y.length || x.length != thresholds.length) {
            throw new IllegalArgumentException("a curve needs one x, y and threshold per point, got "
                    + x.length + ", " + y.length + " and " + thresholds.length);
        }
    }

    public int points() {
        return x.length;
    }

    /**
     * At most {@code maxPoints} of this curve's points, the first and last kept, so that a million
     * rows still make a small chart. A point is kept once the path walked since the last kept one,
     * measured as {@code sum |dx| + |dy|}, reaches L / (maxPoints - 2), L the whole path's length:
     * points go where the curve moves, none where it is flat. The kept points lie on the original
     * curve, so a straight line between two of them strays from it by at most that step.
     *
     * @param maxPoints at least 2
     * @return this curve when it has at most {@code maxPoints} points
     */
    public Curve thinned(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("a thinned curve keeps its two ends, so maxPoints must be >= 2, got " + maxPoints);
        }
        int n = points();
        if (n <= maxPoints) {
            return this;
        }
        double length = 0;
        for (int i = 1; i < n; i++) {
            length += step(i);
        }
        double spacing = length / (maxPoints - 2);
        int[] kept = new int[maxPoints];
        int count = 0;
        kept[count++] = 0;
        double walked = 0;
        // Interior points kept <= L / spacing = maxPoints - 2, because each one uses up at least a spacing of the path.
        for (int i = 1; i < n - 1 && spacing > 0; i++) {
            walked += step(i);
            if (walked >= spacing && count < maxPoints - 1) {
                kept[count++] = i;
                walked = 0;
            }
        }
        kept[count++] = n - 1;
        return pick(Arrays.copyOf(kept, count));
    }

    private double step(int i) {
        return Math.abs(x[i] - x[i - 1]) + Math.abs(y[i] - y[i - 1]);
    }

    private Curve pick(int[] indices) {
        double[] px = new double[indices.length];
        double[] py = new double[indices.length];
        double[] pt = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            px[k] = x[indices[k]];
            py[k] = y[indices[k]];
            pt[k] = thresholds[indices[k]];
        }
        return new Curve(px, py, pt);
    }
}
