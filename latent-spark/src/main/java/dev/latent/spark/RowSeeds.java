package dev.latent.spark;

/** A noise seed per row from a user's seed and the row's own values: the same row, the same noise, in any partition. */
final class RowSeeds {
    private RowSeeds() {}

    /** One seed for each of the {@code count} rows of width {@code x.length / count}. */
    static long[] of(long seed, float[] x, int count) {
        long[] seeds = new long[count];
        int width = count == 0 ? 0 : x.length / count;
        for (int i = 0; i < count; i++) {
            long h = mix(seed);
            for (int j = 0; j < width; j++) {
                h = mix(h ^ Float.floatToIntBits(x[i * width + j]));
            }
            seeds[i] = h;
        }
        return seeds;
    }

    /** SplitMix64's finaliser: every input bit reaches every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
