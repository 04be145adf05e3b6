package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Per-class measures: each class on its own, classes with too few points absent. */
class PrdcPerClassTest {
    private final SplittableRandom random = new SplittableRandom(5);

    @Test
    void aClassWithoutFakesIsAbsentAndTheOtherGetsItsOwnScores() {
        int d = 3;
        double[] class0 = cloud(60, d, 0);
        double[] class1 = cloud(50, d, 100);
        double[] class2 = cloud(5, d, -100); // 5 < k + 1 = 6 reals: too few
        double[] real = concat(class0, class1, class2);
        int[] realClasses = labels(60, 0, 50, 1, 5, 2);
        double[] fakes0 = cloud(40, d, 0.3);
        double[] fakes2 = cloud(10, d, -100);
        double[] fake = concat(fakes0, fakes2);
        int[] fakeClasses = labels(40, 0, 10, 2);

        SortedMap<Integer, PrdcScores> scores = Prdc.STANDARD.perClass(real, realClasses, fake, fakeClasses, d);

        assertThat(scores.keySet()).containsExactly(0);
        PrdcScores alone = Prdc.STANDARD.between(class0, 60, fakes0, 40, d);
        assertThat(scores.get(0)).isEqualTo(alone);
        assertThat(alone.recall()).isGreaterThan(0.5);
        assertThat(alone.coverage()).isGreaterThan(0.5);
        // Pooled, class 1's reals are never recalled: the per-class view is not the pooled one.
        PrdcScores pooled = Prdc.STANDARD.between(real, 115, fake, 50, d);
        assertThat(pooled.recall()).isLessThanOrEqualTo(65.0 / 115);
        assertThat(pooled.recall()).isLessThan(alone.recall());
    }

    @Test
    void classesPresentInBothSetsWithEnoughPointsAreEachScored() {
        int d = 2;
        double[] real = concat(cloud(30, d, 0), cloud(30, d, 50));
        double[] fake = concat(cloud(20, d, 50), cloud(25, d, 0));
        int[] realClasses = labels(30, 0, 30, 1);
        int[] fakeClasses = labels(20, 1, 25, 0);
        SortedMap<Integer, PrdcScores> scores = Prdc.STANDARD.perClass(real, realClasses, fake, fakeClasses, d);
        assertThat(scores.keySet()).containsExactly(0, 1);
        assertThat(scores.get(0).realCount()).isEqualTo(30);
        assertThat(scores.get(0).fakeCount()).isEqualTo(25);
        assertThat(scores.get(0)).isEqualTo(Prdc.STANDARD.between(
                Arrays.copyOfRange(real, 0, 60), 30, Arrays.copyOfRange(fake, 40, 90), 25, d));
        assertThat(scores.get(1)).isEqualTo(Prdc.STANDARD.between(
                Arrays.copyOfRange(real, 60, 120), 30, Arrays.copyOfRange(fake, 0, 40), 20, d));
    }

    private double[] cloud(int n, int d, double centre) {
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = centre + Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return x;
    }

    private static double[] concat(double[]... parts) {
        double[] out = new double[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /** Pairs (count, class): that many labels of that class, in order. */
    private static int[] labels(int... countsAndClasses) {
        int total = 0;
        for (int p = 0; p < countsAndClasses.length; p += 2) {
            total += countsAndClasses[p];
        }
        int[] out = new int[total];
        int at = 0;
        for (int p = 0; p < countsAndClasses.length; p += 2) {
            Arrays.fill(out, at, at + countsAndClasses[p], countsAndClasses[p + 1]);
            at += countsAndClasses[p];
        }
        return out;
    }
}
