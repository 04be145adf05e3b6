package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The k-th-neighbour radii: the selection against a full sort, the radii against brute force. */
class PrdcNeighbourRadiiTest {
    private final SplittableRandom random = new SplittableRandom(11);

    @Test
    void theSmallestValuesMatchTheHeadOfASortedRowTiesIncluded() {
        for (int trial = 0; trial < 500; trial++) {
            int capacity = 1 + random.nextInt(7);
            int length = capacity + random.nextInt(30);
            int offset = random.nextInt(5);
            double[] values = new double[offset + length + 3];
            for (int j = 0; j < values.length; j++) {
                values[j] = random.nextInt(6); // few distinct values: many ties
            }
            double[] smallest = new double[capacity];
            NeighbourRadii.smallestAscending(values, offset, length, smallest);
            double[] sorted = Arrays.copyOfRange(values, offset, offset + length);
            Arrays.sort(sorted);
            assertThat(smallest).containsExactly(Arrays.copyOf(sorted, capacity));
        }
    }

    @Test
    void radiiAreIndexKOfEachSortedRowWithThePointItself() {
        int n = 41;
        int d = 3;
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() * 4 - 2;
        }
        for (long distancesPerBlock : new long[] {1, 100, 1L << 22}) {
            double[][] squared = NeighbourRadii.squared(x, n, d, new int[] {3, 1, 5}, distancesPerBlock);
            int[] ks = {3, 1, 5};
            for (int q = 0; q < ks.length; q++) {
                double[] expected = NeighbourBruteForce.radii(x, n, d, ks[q]);
                for (int i = 0; i < n; i++) {
                    assertThat(Math.sqrt(squared[q][i])).isCloseTo(expected[i], within(1e-9));
                }
            }
        }
    }

    @Test
    void aDuplicatePointIsANeighbourAtDistanceZero() {
        double[] x = {0, 0, 3, 7}; // d = 1: the point 0 twice
        double[][] squared = NeighbourRadii.squared(x, 4, 1, new int[] {1, 2}, 1L << 22);
        assertThat(squared[0]).containsExactly(0, 0, 9, 16);   // k = 1: 0's neighbour is its copy
        assertThat(squared[1]).containsExactly(9, 9, 9, 49);   // k = 2: 3's sorted row is 0, 3, 3, 4
    }
}
