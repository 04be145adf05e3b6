package dev.latent.eval;

import java.util.Arrays;

/** Neighbour distances read literally off the definitions, for tests: differences, square roots, a full sort. */
final class NeighbourBruteForce {
    private NeighbourBruteForce() {}

    /** NND_k of each row of x (n, d): index k of its sorted distances to every row, itself (0) included. */
    static double[] radii(double[] x, int n, int d, int k) {
        double[] radii = new double[n];
        double[] row = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[j] = distance(x, i, x, j, d);
            }
            Arrays.sort(row);
            radii[i] = row[k];
        }
        return radii;
    }

    /** |a_i - b_j|, the Euclidean distance between row i of a and row j of b (both with d columns). */
    static double distance(double[] a, int i, double[] b, int j, int d) {
        double sum = 0;
        for (int c = 0; c < d; c++) {
            double difference = a[i * d + c] - b[j * d + c];
            sum += difference * difference;
        }
        return Math.sqrt(sum);
    }
}
