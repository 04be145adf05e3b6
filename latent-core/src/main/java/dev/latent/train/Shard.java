package dev.latent.train;

/**
 * Which piece of every batch one process of a data-parallel run trains on: process {@code rank} of
 * {@code worldSize} takes the {@code rank}-th of {@code worldSize} contiguous, near-equal pieces of
 * each whole batch (whole batches of {@code worldSize} times the batch size, cut from the epoch's one
 * permutation). One process is the shard {@link #WHOLE}.
 */
public record Shard(int rank, int worldSize) {
    public static final Shard WHOLE = new Shard(0, 1);

    public Shard {
        if (worldSize < 1 || rank < 0 || rank >= worldSize) {
            throw new IllegalArgumentException("rank must be in [0, " + worldSize + "), got " + rank);
        }
    }

    /** The first row of this process's piece of a whole batch of {@code rows} rows. */
    public int from(int rows) {
        return (int) ((long) rank * rows / worldSize);
    }

    /** One past the last row of this process's piece of a whole batch of {@code rows} rows. */
    public int to(int rows) {
        return (int) ((long) (rank + 1) * rows / worldSize);
    }
}
