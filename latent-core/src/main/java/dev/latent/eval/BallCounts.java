package dev.latent.eval;

/**
 * The counts behind precision, recall, density and coverage, gathered row by row over the
 * (n, m) squared distances {@code D_ij = |R_i - F_j|^2} between reals R (n, d) and fakes F (m, d):
 * one pass over the cross distances gives all four, since a real ball is a row of D and a fake
 * ball a column.
 *
 * <ul>
 *   <li>fake j in the real manifold (precision) iff {@code D_ij <= r_i^2} for some i, with r_i
 *       the real k-th-neighbour radius for precision and recall: closed balls, as the
 *       {@code <=} of Kynkaanniemi et al.'s {@code improved-precision-recall-metric} code;
 *   <li>real i in the fake manifold (recall) iff {@code D_ij <= s_j^2} for some j, s_j the fake
 *       radius;
 *   <li>density counts the pairs with {@code D_ij < rho_i^2}, rho_i the real radius for density and
 *       coverage, and coverage the reals i with such a j: open balls, as the {@code <} of Naeem et
 *       al.'s {@code prdc} code.
 * </ul>
 *
 * <p>Squared distances are compared with squared radii, as the {@code improved-precision-recall}
 * code does: the same order as distances with radii, without n m square roots.
 */
final class BallCounts {
    private final double[] realRadiusSquared;         // (n) r_i^2, precision and recall
    private final double[] realDensityRadiusSquared;  // (n) rho_i^2, density and coverage
    private final double[] fakeRadiusSquared;         // (m) s_j^2, precision and recall
    private final boolean[] fakeInRealManifold;       // (m)
    private final boolean[] realInFakeManifold;       // (n)
    private long fakesInRealBalls;                    // sum_i sum_j 1[D_ij < rho_i^2]
    private int coveredReals;                         // #{i : exists j, D_ij < rho_i^2}

    BallCounts(double[] realRadiusSquared, double[] realDensityRadiusSquared, double[] fakeRadiusSquared) {
        this.realRadiusSquared = realRadiusSquared;
        this.realDensityRadiusSquared = realDensityRadiusSquared;
        this.fakeRadiusSquared = fakeRadiusSquared;
        this.fakeInRealManifold = new boolean[fakeRadiusSquared.length];
        this.realInFakeManifold = new boolean[realRadiusSquared.length];
    }

    /** Adds real i, given its squared distances (m) to every fake: a row of D. */
    void add(int i, double[] squared) {
        double radius = realRadiusSquared[i];
        double densityRadius = realDensityRadiusSquared[i];
        boolean inFakeManifold = false;
        long inBall = 0;
        for (int j = 0; j < squared.length; j++) {
            double distance = squared[j];
            if (distance <= radius) {
                fakeInRealManifold[j] = true;
            }
            if (distance <= fakeRadiusSquared[j]) {
                inFakeManifold = true;
            }
            if (distance < densityRadius) {
                inBall++;
            }
        }
        realInFakeManifold[i] = inFakeManifold;
        fakesInRealBalls += inBall;
        if (inBall > 0) {
            coveredReals++;
        }
    }

    /** The four shares once every block has been added; k is the density's neighbour count. */
    PrdcScores scores(int densityNeighbours) {
        int n = realInFakeManifold.length;
        int m = fakeInRealManifold.length;
        return new PrdcScores(
                (double) trueCount(fakeInRealManifold) / m,
                (double) trueCount(realInFakeManifold) / n,
                fakesInRealBalls / ((double) densityNeighbours * m),
                (double) coveredReals / n,
                n,
                m);
    }

    private static int trueCount(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            if (flag) {
                count++;
            }
        }
        return count;
    }
}
