package dev.latent.eval;

/**
 * The radius of each point's k-nearest-neighbour ball within its own set:
 * {@code NND_k(x_i)^2}, the squared Euclidean distance from x_i to its k-th nearest neighbour.
 *
 * <p>Convention, as in the reference implementations (Kynkaanniemi et al.'s
 * {@code improved-precision-recall-metric} takes column k of {@code np.partition} of the squared
 * distances, Naeem et al.'s {@code prdc} the largest of the k + 1 smallest): each row of the
 * within-set distance matrix includes the point itself at distance 0, and the radius is the value
 * at index k (0-based) of the row sorted ascending with repeats kept. Index 0 is the point itself,
 * so this is "the k-th neighbour, excluding itself"; a duplicate of x_i counts as a neighbour at
 * distance 0, and a tie is one value, not skipped.
 */
final class NeighbourRadii {
    private NeighbourRadii() {}

    /**
     * The squared k-th-neighbour radii of the rows of x, for each k in {@code ks}.
     *
     * @param x (n, d) row-major, n > max(ks)
     * @return (ks.length, n): {@code [q][i] = NND_(ks[q])(x_i)^2}
     */
    static double[][] squared(double[] x, int n, int d, int[] ks, long valuesPerBlock) {
        int largest = 0;
        for (int k : ks) {
            largest = Math.max(largest, k);
        }
        double[][] radii = new double[ks.length][n];
        double[] smallest = new double[largest + 1];
        DistanceBlocks.visit(x, n, x, n, d, valuesPerBlock, (i, squared) -> {
            smallestAscending(squared, 0, n, smallest);
            for (int q = 0; q < ks.length; q++) {
                radii[q][i] = smallest[ks[q]];
            }
        });
        return radii;
    }

    /**
     * Fills {@code smallest} with the {@code smallest.length} smallest of
     * {@code values[offset .. offset + length - 1]}, ascending, repeats kept: the first entries of
     * the sorted row, found in one pass with an insertion buffer (O(length) for a short buffer).
     */
    static void smallestAscending(double[] values, int offset, int length, double[] smallest) {
        int capacity = smallest.length;
        if (length < capacity) {
            throw new IllegalArgumentException("a row of " + length + " values has no " + capacity + " smallest");
        }
        int size = 0;
        for (int j = offset; j < offset + length; j++) {
            double value = values[j];
            if (size == capacity && value >= smallest[capacity - 1]) {
                continue;
            }
            int at = size == capacity ? capacity - 1 : size++;
            while (at > 0 && smallest[at - 1] > value) {
                smallest[at] = smallest[at - 1];
                at--;
            }
            smallest[at] = value;
        }
    }
}
