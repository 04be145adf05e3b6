package dev.latent.bench;

import java.util.Arrays;

/**
 * Percentiles of repeated timings, in milliseconds.
 *
 * @param p50Ms median
 * @param p99Ms 99th percentile (nearest rank)
 * @param runs how many timings
 */
public record Latency(double p50Ms, double p99Ms, int runs) {
    /** Percentiles of {@code nanos} (not modified). */
    public static Latency of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latency(rank(sorted, 0.50) / 1e6, rank(sorted, 0.99) / 1e6, sorted.length);
    }

    private static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
