package dev.latent.eval;

import dev.latent.InvalidInputException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Precision, recall, density and coverage of generated feature vectors F (m, d) against real
 * ones R (n, d), in Euclidean distance. Each set's manifold is estimated as the union of balls
 * {@code B(x_i, NND_k(x_i))} around its points, with radius the distance from x_i to its k-th
 * nearest neighbour in its own set.
 *
 * <ul>
 *   <li>precision = {@code (1/m) sum_j 1[exists i: |F_j - R_i| <= NND_k(R_i)]}, recall = the same
 *       with R and F exchanged, k = {@link #precisionRecallNeighbours} (3 in Kynkaanniemi et al.
 *       2019, "Improved precision and recall metric for assessing generative models");
 *   <li>density = {@code (1/(k m)) sum_j sum_i 1[|F_j - R_i| < NND_k(R_i)]} and coverage =
 *       {@code (1/n) sum_i 1[exists j: |F_j - R_i| < NND_k(R_i)]}, k =
 *       {@link #densityCoverageNeighbours} (5 in Naeem et al. 2020, "Reliable fidelity and
 *       diversity metrics for generative models").
 * </ul>
 *
 * <p>Conventions, chosen to reproduce the authors' code: {@code NND_k(x_i)} is the value at index
 * k of x_i's sorted distances to its own set, the point itself included at index 0 (so the k-th
 * neighbour excluding itself; a duplicate point counts as a neighbour at distance 0). Precision
 * and recall use closed balls ({@code <=}, as {@code improved-precision-recall-metric}), density
 * and coverage open ones ({@code <}, as {@code prdc}). The two differ only on ties, which have
 * probability zero for continuous features but decide the answer for copies: when F = R (and no
 * two distances tie) every open ball holds exactly k fakes (the point and its k - 1 nearer
 * neighbours, the k-th lies on the boundary), so density = 1 exactly; precision = recall =
 * coverage = 1.
 *
 * <p>Cost: three distance matrices, (n, n), (m, m) and (n, m), each in float64 blocks of about
 * {@link #distancesPerBlock} values; nothing of size n x m is held at once.
 *
 * @param precisionRecallNeighbours k of precision and recall, at least 1
 * @param densityCoverageNeighbours k of density and coverage, at least 1
 * @param distancesPerBlock bound on the distances per block (rows of a block times the other
 *     set's size), at least 1; a block has at least one row
 */
public record Prdc(int precisionRecallNeighbours, int densityCoverageNeighbours, long distancesPerBlock) {
    /** The papers' choices, k = 3 and k = 5, in blocks of 4 M distances (32 MB of float64). */
    public static final Prdc STANDARD = new Prdc(3, 5, 1L << 22);

    public Prdc {
        if (precisionRecallNeighbours < 1) {
            throw InvalidInputException.of("precisionRecallNeighbours", "precisionRecallNeighbours must be >= 1, got " + precisionRecallNeighbours);
        }
        if (densityCoverageNeighbours < 1) {
            throw InvalidInputException.of("densityCoverageNeighbours", "densityCoverageNeighbours must be >= 1, got " + densityCoverageNeighbours);
        }
        if (distancesPerBlock < 1) {
            throw InvalidInputException.of("distancesPerBlock", "distancesPerBlock must be >= 1, got " + distancesPerBlock);
        }
    }

    /** The fewest points each set needs: {@code max(k) + 1}, the point itself and its k neighbours. */
    public int minimumPointsPerSet() {
        return Math.max(precisionRecallNeighbours, densityCoverageNeighbours) + 1;
    }

    /**
     * The four measures of fakes against reals.
     *
     * @param real (realCount, dimension) row-major
     * @param fake (fakeCount, dimension) row-major
     * @throws InvalidInputException if a set has fewer than {@link #minimumPointsPerSet} points or
     *     an array's length is not its count times the dimension
     */
    public PrdcScores between(double[] real, int realCount, double[] fake, int fakeCount, int dimension) {
        checkSet("real", real, realCount, dimension);
        checkSet("fake", fake, fakeCount, dimension);
        double[][] realRadii = NeighbourRadii.squared(real, realCount, dimension,
                new int[] {precisionRecallNeighbours, densityCoverageNeighbours}, distancesPerBlock); // (2, n)
        double[] fakeRadii = NeighbourRadii.squared(fake, fakeCount, dimension,
                new int[] {precisionRecallNeighbours}, distancesPerBlock)[0]; // (m)
        BallCounts counts = new BallCounts(realRadii[0], realRadii[1], fakeRadii);
        DistanceBlocks.visit(real, realCount, fake, fakeCount, dimension, distancesPerBlock, counts::add);
        return counts.scores(densityCoverageNeighbours);
    }

    /**
     * The four measures within each class: for class c, {@link #between} the reals labelled c and
     * the fakes labelled c (labels are predicted classes, e.g. a classifier's argmax).
     *
     * <p>A class is a key of the map only if both sets hold at least {@link #minimumPointsPerSet}
     * points labelled c. Any other class (missing from one set, or too few points in either) is
     * absent from the map: never a score of 0 or NaN. Callers that show every class should show
     * an absent one as "too few points".
     *
     * @param real (realClasses.length, dimension) row-major
     * @param realClasses the class of each real vector, each >= 0
     * @param fake (fakeClasses.length, dimension) row-major
     * @param fakeClasses the class of each generated vector, each >= 0
     * @return class to scores, ascending by class, unmodifiable
     */
    public SortedMap<Integer, PrdcScores> perClass(double[] real, int[] realClasses, double[] fake, int[] fakeClasses, int dimension) {
        checkLabels("real", real, realClasses, dimension);
        checkLabels("fake", fake, fakeClasses, dimension);
        int classes = Classes.count(realClasses, fakeClasses);
        int[] realPerClass = countsPerClass(realClasses, classes);
        int[] fakePerClass = countsPerClass(fakeClasses, classes);
        SortedMap<Integer, PrdcScores> scores = new TreeMap<>();
        for (int c = 0; c < classes; c++) {
            if (realPerClass[c] >= minimumPointsPerSet() && fakePerClass[c] >= minimumPointsPerSet()) {
                scores.put(c, between(rowsOf(real, realClasses, c, realPerClass[c], dimension), realPerClass[c],
                        rowsOf(fake, fakeClasses, c, fakePerClass[c], dimension), fakePerClass[c], dimension));
            }
        }
        return Collections.unmodifiableSortedMap(scores);
    }

    private void checkSet(String name, double[] values, int count, int dimension) {
        if (dimension < 1) {
            throw InvalidInputException.of("dimension", "dimension must be >= 1, got " + dimension);
        }
        if ((long) count * dimension != values.length) {
            throw new InvalidInputException(name + " features hold " + values.length + " values, not "
                    + count + " x " + dimension);
        }
        if (count < minimumPointsPerSet()) {
            throw new InvalidInputException(name + " features need at least " + minimumPointsPerSet()
                    + " points for k = " + Math.max(precisionRecallNeighbours, densityCoverageNeighbours) + ", got " + count);
        }
    }

    private static void checkLabels(String name, double[] values, int[] labels, int dimension) {
        if (dimension < 1 || (long) labels.length * dimension != values.length) {
            throw new InvalidInputException(name + " features hold " + values.length + " values, not "
                    + labels.length + " labels x dimension " + dimension);
        }
        for (int label : labels) {
            if (label < 0) {
                throw new InvalidInputException(name + " classes must be >= 0, got " + label);
            }
        }
    }

    private static int[] countsPerClass(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The rows labelled c, in order: (count, dimension) row-major. */
    private static double[] rowsOf(double[] values, int[] labels, int c, int count, int dimension) {
        double[] rows = new double[count * dimension];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == c) {
                System.arraycopy(values, i * dimension, rows, at, dimension);
                at += dimension;
            }
        }
        return rows;
    }
}
