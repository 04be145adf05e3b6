package dev.latent.eval;

import java.util.Arrays;

/**
 * numpy's default quantile ({@code method='linear'}, Hyndman & Fan 1996 definition 7): of the n
 * sorted values {@code x_(0) <= ... <= x_(n-1)}, the q quantile is {@code x_(j) + g (x_(j+1) -
 * x_(j))} at the virtual index {@code h = q (n - 1)}, {@code j = floor(h)}, {@code g = h - j}.
 */
final class LinearQuantile {
    private LinearQuantile() {}

    /**
     * The q quantile of the values (not changed; a sorted copy is made).
     *
     * @param values at least one, none NaN
     * @param q in [0, 1]
     */
    static double of(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, q);
    }

    static double ofSorted(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0 || !(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile needs values and q in [0, 1], got " + n + " values and q " + q);
        }
        double h = q * (n - 1);
        int j = (int) Math.floor(h);
        double g = h - j;
        double below = sorted[j];
        double above = sorted[Math.min(j + 1, n - 1)];
        return interpolate(below, above, g);
    }

    /**
     * numpy's {@code _lerp}: {@code a + g (b - a)}, or {@code b - (1 - g)(b - a)} when
     * {@code g >= 0.5}, which is exact at both ends and stays within [a, b]. Equal ends (infinite
     * ones included) give that end; an infinite end otherwise gives the limit of the formula, that
     * end (the nearer one when both are infinite, where the formula says NaN).
     */
    private static double interpolate(double a, double b, double g) {
        if (g == 0 || a == b) {
            return a;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            if (Double.isInfinite(a) && Double.isInfinite(b)) {
                return g < 0.5 ? a : b;
            }
            return Double.isInfinite(a) ? a : b;
        }
        double difference = b - a;
        return g < 0.5 ? a + g * difference : b - (1 - g) * difference;
    }
}
