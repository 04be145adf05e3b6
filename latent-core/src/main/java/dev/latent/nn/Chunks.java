package dev.latent.nn;

import java.lang.reflect.Array;
import java.util.function.Function;

/**
 * Inference over many rows a chunk at a time: without autograd, each chunk in its own
 * {@link TensorScope}, so native memory holds one chunk's temporaries whatever the row count.
 * Whatever a chunk's computation keeps must leave the scope as Java values.
 */
public final class Chunks {
    private Chunks() {}

    /** The work done on one chunk: rows {@code [from, from + chunk.size(0))} of the whole. */
    @FunctionalInterface
    public interface Body {
        void accept(long from, Tensor chunk);
    }

    /** Calls {@code body} on consecutive chunks of {@code rowsPerChunk} rows (the last may be shorter), in order. */
    public static void forEach(Tensor rows, int rowsPerChunk, Body body) {
        if (rowsPerChunk < 1) {
            throw new IllegalArgumentException("rows per chunk must be >= 1, got " + rowsPerChunk);
        }
        long count = rows.size(0);
        try (NoGrad noGrad = NoGrad.open()) {
            for (long from = 0; from < count; from += rowsPerChunk) {
                try (TensorScope scope = TensorScope.open()) {
                    body.accept(from, rows.slice(from, Math.min(count, from + rowsPerChunk)));
                }
            }
        }
    }

    /** The rows of {@code alongside} (labels, say) that go with {@code chunk}, starting at row {@code from}; null stays null. */
    public static Tensor alongside(Tensor alongside, long from, Tensor chunk) {
        return alongside == null ? null : alongside.slice(from, from + chunk.size(0));
    }

    /** The work on one chunk that also reads where it starts (to take the matching rows of another tensor). */
    @FunctionalInterface
    public interface Placed<A> {
        A apply(long from, Tensor chunk);
    }

    /** {@code f} of each chunk, {@code valuesPerRow} values per row, gathered in row order: (N * valuesPerRow). */
    public static float[] gatherFloats(Tensor rows, int rowsPerChunk, int valuesPerRow, Function<Tensor, float[]> f) {
        return gather(rows, rowsPerChunk, valuesPerRow, new float[length(rows, valuesPerRow)], f);
    }

    /** As {@link #gatherFloats}, for double values. */
    public static double[] gatherDoubles(Tensor rows, int rowsPerChunk, int valuesPerRow, Function<Tensor, double[]> f) {
        return gather(rows, rowsPerChunk, valuesPerRow, new double[length(rows, valuesPerRow)], f);
    }

    /** As {@link #gatherFloats}, {@code f} also told where each chunk starts. */
    public static float[] gatherFloats(Tensor rows, int rowsPerChunk, int valuesPerRow, Placed<float[]> f) {
        return gather(rows, rowsPerChunk, valuesPerRow, new float[length(rows, valuesPerRow)], f);
    }

    /** As {@link #gatherDoubles}, {@code f} also told where each chunk starts. */
    public static double[] gatherDoubles(Tensor rows, int rowsPerChunk, int valuesPerRow, Placed<double[]> f) {
        return gather(rows, rowsPerChunk, valuesPerRow, new double[length(rows, valuesPerRow)], f);
    }

    /** As {@link #gatherFloats}, for int64 values such as indices. */
    public static long[] gatherLongs(Tensor rows, int rowsPerChunk, int valuesPerRow, Function<Tensor, long[]> f) {
        return gather(rows, rowsPerChunk, valuesPerRow, new long[length(rows, valuesPerRow)], f);
    }

    /**
     * The most rows whose (rows, valuesPerRow) intermediate stays within {@code budgetValues}
     * values, and at least one: how to size chunks whose memory grows with a second operand, such
     * as a distance matrix against a reference set of {@code valuesPerRow} rows.
     */
    public static int rowsWithin(long budgetValues, long valuesPerRow) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetValues / Math.max(1, valuesPerRow)));
    }

    private static <A> A gather(Tensor rows, int rowsPerChunk, int valuesPerRow, A out, Function<Tensor, A> f) {
        return gather(rows, rowsPerChunk, valuesPerRow, out, (Placed<A>) (from, chunk) -> f.apply(chunk));
    }

    private static <A> A gather(Tensor rows, int rowsPerChunk, int valuesPerRow, A out, Placed<A> f) {
        forEach(rows, rowsPerChunk, (from, chunk) -> {
            A values = f.apply(from, chunk);
            int length = Array.getLength(values);
            if (length != chunk.size(0) * valuesPerRow) {
                throw new IllegalStateException("a chunk of " + chunk.size(0) + " rows gave " + length + " values, not " + valuesPerRow + " per row");
            }
            System.arraycopy(values, 0, out, Math.toIntExact(from * valuesPerRow), length);
        });
        return out;
    }

    private static int length(Tensor rows, int valuesPerRow) {
        return Math.toIntExact(rows.size(0) * valuesPerRow);
    }
}
