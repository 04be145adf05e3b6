package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Precision, recall, density and coverage against hand counts and a brute-force double loop. */
class PrdcTest {
    private final SplittableRandom random = new SplittableRandom(23);

    @Test
    void samplesEqualToTheRealsScoreOneOnEachMeasure() {
        double[] real = gaussians(300, 8, 0);
        PrdcScores scores = Prdc.STANDARD.between(real, 300, real.clone(), 300, 8);
        // Open balls: each holds the point and its k - 1 nearer neighbours, the k-th lies on the
        // boundary, so the sum is exactly k n and density = k n / (k n) = 1 (closed balls: 6/5).
        assertThat(scores).isEqualTo(new PrdcScores(1, 1, 1, 1, 300, 300));
        assertThat(BruteForce.of(Prdc.STANDARD, real, 300, real, 300, 8)).isEqualTo(scores);
    }

    @Test
    void samplesFarAwayScoreZeroOnEachMeasure() {
        double[] real = gaussians(120, 5, 0);
        double[] fake = gaussians(90, 5, 0);
        for (int i = 0; i < fake.length; i++) {
            fake[i] += 1e4;
        }
        assertThat(Prdc.STANDARD.between(real, 120, fake, 90, 5)).isEqualTo(new PrdcScores(0, 0, 0, 0, 120, 90));
    }

    @Test
    void agreesWithABruteForceDoubleLoopOnRandomSets() {
        for (int trial = 0; trial < 4; trial++) {
            int n = 37;
            int m = 53;
            int d = 4;
            double[] real = gaussians(n, d, 0);
            double[] fake = gaussians(m, d, 0.6 * trial);
            PrdcScores fast = Prdc.STANDARD.between(real, n, fake, m, d);
            PrdcScores slow = BruteForce.of(Prdc.STANDARD, real, n, fake, m, d);
            assertThat(fast.precision()).isCloseTo(slow.precision(), within(1e-12));
            assertThat(fast.recall()).isCloseTo(slow.recall(), within(1e-12));
            assertThat(fast.density()).isCloseTo(slow.density(), within(1e-12));
            assertThat(fast.coverage()).isCloseTo(slow.coverage(), within(1e-12));
            if (trial == 2) { // a shift of 1.2: every measure strictly inside (0, 1), so the check has teeth
                assertThat(List.of(fast.precision(), fast.recall(), fast.density(), fast.coverage()))
                        .allSatisfy(value -> assertThat(value).isStrictlyBetween(0.0, 1.0));
            }
            Prdc other = new Prdc(1, 7, 1L << 22);
            assertThat(other.between(real, n, fake, m, d)).isEqualTo(BruteForce.of(other, real, n, fake, m, d));
        }
    }

    @Test
    void pointsOnALineGiveTheHandCount() {
        // k = 1: every real ball has radius 1: [-1, 1], [0, 2], [9, 11], [10, 12]. Fake balls also
        // radius 1 around 0.5, 1.5, 3, 4.
        double[] real = {0, 1, 10, 11};
        double[] fake = {0.5, 1.5, 3, 4};
        PrdcScores scores = new Prdc(1, 1, 1L << 22).between(real, 4, fake, 4, 1);
        assertThat(scores.precision()).isEqualTo(0.5);  // 0.5 and 1.5 lie in real balls; 3 and 4 do not
        assertThat(scores.recall()).isEqualTo(0.5);     // 0 and 1 lie in fake balls; 10 and 11 do not
        assertThat(scores.density()).isEqualTo(0.75);   // 0.5 in two balls, 1.5 in one: 3 / (1 * 4)
        assertThat(scores.coverage()).isEqualTo(0.5);   // the balls of 0 and 1 hold a fake, of 10 and 11 none
    }

    @Test
    void aFakeOnABallsBoundaryCountsForPrecisionButNotForDensityOrCoverage() {
        // Real balls as above; the fakes 2 and 12 lie exactly at distance 1 from the reals 1 and 11.
        double[] real = {0, 1, 10, 11};
        double[] fake = {2, 12, 20, 30};
        PrdcScores scores = new Prdc(1, 1, 1L << 22).between(real, 4, fake, 4, 1);
        assertThat(scores.precision()).isEqualTo(0.5); // closed balls, as improved-precision-recall
        assertThat(scores.density()).isZero();         // open balls, as prdc
        assertThat(scores.coverage()).isZero();
        assertThat(scores.recall()).isEqualTo(1.0);    // the fake ball of 2 (radius 10) holds every real
    }

    @Test
    void answersDoNotDependOnTheBlockSize() {
        double[] real = gaussians(37, 4, 0);
        double[] fake = gaussians(53, 4, 0.3);
        PrdcScores large = Prdc.STANDARD.between(real, 37, fake, 53, 4);
        for (long distancesPerBlock : new long[] {1, 7, 53, 100, 2000}) {
            assertThat(new Prdc(3, 5, distancesPerBlock).between(real, 37, fake, 53, 4)).isEqualTo(large);
        }
    }

    @Test
    void tooFewPointsOrMismatchedLengthsAreRefusedByName() {
        assertThatThrownBy(() -> Prdc.STANDARD.between(gaussians(5, 2, 0), 5, gaussians(9, 2, 0), 9, 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 6");
        assertThatThrownBy(() -> Prdc.STANDARD.between(gaussians(9, 2, 0), 9, gaussians(9, 2, 0), 8, 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not 8 x 2");
        assertThatThrownBy(() -> new Prdc(0, 5, 10))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("precisionRecallNeighbours");
    }

    private double[] gaussians(int n, int d, double shift) {
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = shift + Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return x;
    }

    /** The definitions read literally: Euclidean distances by differences, sorted rows, counts. */
    private static final class BruteForce {
        static PrdcScores of(Prdc prdc, double[] real, int n, double[] fake, int m, int d) {
            double[] realRadius = NeighbourBruteForce.radii(real, n, d, prdc.precisionRecallNeighbours());
            double[] realDensityRadius = NeighbourBruteForce.radii(real, n, d, prdc.densityCoverageNeighbours());
            double[] fakeRadius = NeighbourBruteForce.radii(fake, m, d, prdc.precisionRecallNeighbours());
            int precise = insideAnyBall(fake, m, real, n, realRadius, d);
            int recalled = insideAnyBall(real, n, fake, m, fakeRadius, d); // recall: precision with R and F exchanged
            int inBalls = 0;
            int covered = 0;
            for (int i = 0; i < n; i++) {
                int here = 0;
                for (int j = 0; j < m; j++) {
                    here += NeighbourBruteForce.distance(fake, j, real, i, d) < realDensityRadius[i] ? 1 : 0;
                }
                inBalls += here;
                covered += here > 0 ? 1 : 0;
            }
            int k = prdc.densityCoverageNeighbours();
            return new PrdcScores((double) precise / m, (double) recalled / n, (double) inBalls / (k * m), (double) covered / n, n, m);
        }

        /** How many of the points lie in at least one closed ball B(centre_i, radius_i). */
        static int insideAnyBall(double[] points, int count, double[] centres, int centreCount, double[] radii, int d) {
            int inside = 0;
            for (int j = 0; j < count; j++) {
                boolean found = false;
                for (int i = 0; i < centreCount; i++) {
                    found |= NeighbourBruteForce.distance(points, j, centres, i, d) <= radii[i];
                }
                inside += found ? 1 : 0;
            }
            return inside;
        }
    }
}
