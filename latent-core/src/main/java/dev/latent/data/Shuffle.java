package dev.latent.data;

import java.util.SplittableRandom;

/**
 * The order of the training images in each epoch: a Fisher-Yates permutation drawn from the
 * run's seed and the epoch number alone, so a resumed run sees the same batches.
 */
public final class Shuffle {
    private Shuffle() {}

    public static long[] permutation(int count, long seed, int epoch) {
        SplittableRandom random = new SplittableRandom(mix(seed, epoch));
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** A well-spread seed for stream {@code index} of the run seeded {@code seed}. */
    public static long mix(long seed, long index) {
        return new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L)).nextLong();
    }
}
