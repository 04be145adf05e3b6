package dev.latent.eval;

import static dev.latent.eval.AnomalyMetricsTest.flags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import dev.latent.io.Json;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Choosing a threshold by each rule, against hand computations and brute force, and every refusal. */
class ThresholdChoiceTest {
    private static final String SCORE = "negative_elbo_nats";
    private static final double[] VALIDATION = {3, 1, 4, 1, 5, 9, 2, 6}; // sorted: 1 1 2 3 4 5 6 9
    private static final double[] NONE = null;
    private static final boolean[] UNLABELLED = null;

    private final SplittableRandom random = new SplittableRandom(31);

    @Test
    void quantileIsNumpysLinearQuantileOfTheNormalValidationRows() {
        // h = q (n - 1) = 0.9 * 7 = 6.3: x_(6) + 0.3 (x_(7) - x_(6)) = 6 + 0.3 * 3
        assertThat(quantile(0.9)).isCloseTo(6.9, within(1e-12));
        assertThat(quantile(0.9)).isEqualTo(6.8999999999999995); // numpy 1.24.2 np.quantile, bit for bit
        assertThat(quantile(0.99)).isCloseTo(9 - 0.07 * 3, within(1e-12)); // h = 6.93
        assertThat(quantile(0.5)).isEqualTo(3.5);                            // h = 3.5: halfway between 3 and 4
        assertThat(quantile(0.25)).isEqualTo(1.75);                          // h = 1.75: 1 + 0.75 (2 - 1)
        assertThat(quantile(0.1)).isEqualTo(1.0);                            // h = 0.7 between the two 1s
        assertThat(Threshold.choose(new ThresholdRule.Quantile(0.3), new double[] {5}, UNLABELLED, NONE, SCORE).value()).isEqualTo(5);
    }

    @Test
    void quantileLeavesTheLabelledAnomalousRowsOut() {
        double[] scores = Arrays.copyOf(VALIDATION, 10);
        scores[8] = 100;
        scores[9] = 200;
        boolean[] anomalous = flags(0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
        Threshold labelled = Threshold.choose(new ThresholdRule.Quantile(0.9), scores, anomalous, NONE, SCORE);
        assertThat(labelled.value()).isEqualTo(quantile(0.9));
        assertThat(labelled.origin()).isEqualTo("the 0.9 quantile of negative_elbo_nats over 8 normal validation rows"
                + " held out at training (the 2 labelled anomalous left out)");
        Threshold unlabelled = Threshold.choose(ThresholdRule.DEFAULT, VALIDATION, UNLABELLED, NONE, SCORE);
        assertThat(unlabelled).isEqualTo(new Threshold("quantile", 0.99, quantile(0.99),
                "the 0.99 quantile of negative_elbo_nats over 8 normal validation rows held out at training"));
    }

    @Test
    void contaminationFlagsTheExpectedShareOfTheScoredRows() {
        for (int n : new int[] {1, 2, 37, 999, 1000, 1001, 20000}) {
            double[] scored = new double[n];
            for (int i = 0; i < n; i++) {
                scored[i] = random.nextGaussian();
            }
            for (double share : new double[] {0.001, 0.01, 0.05, 0.1, 0.5, 0.9}) {
                Threshold threshold = Threshold.choose(new ThresholdRule.Contamination(share), NONE, UNLABELLED, scored, SCORE);
                long flagged = Arrays.stream(scored).filter(threshold::flags).count();
                assertThat((double) flagged).as("n %d, share %s", n, share).isCloseTo(share * n, within(1.0));
                assertThat(threshold.value()).isEqualTo(LinearQuantile.of(scored, 1 - share));
            }
        }
        Threshold t = Threshold.choose(new ThresholdRule.Contamination(0.05), NONE, UNLABELLED, new double[] {1, 2, 3}, "anomaly_score");
        assertThat(t.origin()).isEqualTo("the 0.95 quantile of anomaly_score over the 3 scored rows, so that about 5% of them are flagged");
        assertThat(t.parameter()).isEqualTo(0.05);
    }

    @Test
    void f1ChoiceOnTheHandExample() {
        // candidates 0.6 (F1 2/3), 0.375 (1/2), 0.225 (4/5), below 0.1 (2/3)
        Threshold t = Threshold.choose(new ThresholdRule.F1(), new double[] {0.1, 0.4, 0.35, 0.8}, flags(0, 0, 1, 1), NONE, SCORE);
        assertThat(t.value()).isCloseTo(0.225, within(1e-15));
        assertThat(t.rule()).isEqualTo("f1");
        assertThat(t.parameter()).isNaN();
        assertThat(t.origin()).isEqualTo("the negative_elbo_nats threshold with the best F1, 0.8000 (precision 0.6667, recall 1.0000),"
                + " over 4 labelled validation rows held out at training (2 anomalous)");
    }

    @Test
    void f1ChoiceIsTheBestCandidateByBruteForce() {
        for (int trial = 0; trial < 30; trial++) {
            int n = 1 + random.nextInt(200);
            double[] scores = new double[n];
            boolean[] anomalous = new boolean[n];
            int levels = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                anomalous[i] = i == 0 || random.nextDouble() < 0.25;
                scores[i] = random.nextInt(levels) + (anomalous[i] ? random.nextInt(levels / 2 + 1) : 0) - 7.5;
            }
            double chosen = Threshold.choose(new ThresholdRule.F1(), scores, anomalous, NONE, SCORE).value();
            double[] distinct = Arrays.stream(scores).distinct().sorted().toArray();
            // candidates from the highest down, each with its F1 by direct counting; the first best is expected
            double bestF1 = -1;
            double expected = Double.NaN;
            for (int i = distinct.length - 1; i >= 0; i--) {
                double candidate = i > 0 ? (distinct[i - 1] + distinct[i]) / 2 : distinct[0] - 1;
                double f1 = Confusion.at(candidate, scores, anomalous).f1();
                if (f1 > bestF1 + 1e-15) {
                    bestF1 = f1;
                    expected = candidate;
                }
            }
            assertThat(Confusion.at(chosen, scores, anomalous).f1()).isCloseTo(bestF1, within(1e-15));
            if (expected < distinct[0]) {
                assertThat(chosen).isLessThan(distinct[0]).isEqualTo(Math.nextDown(distinct[0]));
            } else {
                assertThat(chosen).isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void f1PrefersTheHighestOfEquallyGoodThresholds() {
        // candidates 3.5 (F1 2/3), 2.5 (1/2), 1.5 (2/5), below 1 (2/3): the one flagging fewer rows wins
        Threshold t = Threshold.choose(new ThresholdRule.F1(), new double[] {4, 3, 2, 1}, flags(1, 0, 0, 1), NONE, SCORE);
        assertThat(t.value()).isEqualTo(3.5);
    }

    @Test
    void f1BetweenAdjacentOrInfiniteScoresStillFlagsTheRightRows() {
        double odd = Math.nextUp(1.0);
        // no double lies strictly between two adjacent ones: the midpoint rounds onto an end (here, to even, the upper)
        double[][] pairs = {{1.0, Math.nextUp(1.0)}, {odd, Math.nextUp(odd)}, {5, Double.POSITIVE_INFINITY},
            {Double.NEGATIVE_INFINITY, 5}, {-Double.MAX_VALUE, Double.MAX_VALUE}};
        for (double[] pair : pairs) {
            Threshold t = Threshold.choose(new ThresholdRule.F1(), pair, flags(0, 1), NONE, SCORE);
            assertThat(Confusion.at(t.value(), pair, flags(0, 1)).f1()).as(Arrays.toString(pair)).isEqualTo(1.0);
        }
    }

    @Test
    void valueIsTakenAsGiven() {
        Threshold t = Threshold.choose(ThresholdRule.parse("value:42.5"), NONE, UNLABELLED, NONE, SCORE);
        assertThat(t).isEqualTo(new Threshold("value", 42.5, 42.5, "the fixed negative_elbo_nats threshold given as value:42.5"));
        assertThat(t.flags(42.5)).isFalse();
        assertThat(t.flags(Math.nextUp(42.5))).isTrue();
    }

    @Test
    void survivesAJsonRoundTripEvenWithoutAParameter() throws Exception {
        for (Threshold t : new Threshold[] {
            Threshold.choose(ThresholdRule.DEFAULT, VALIDATION, UNLABELLED, NONE, SCORE),
            Threshold.choose(new ThresholdRule.F1(), VALIDATION, flags(0, 0, 0, 0, 1, 1, 0, 1), NONE, SCORE)}) {
            String json = Json.mapper().writeValueAsString(t);
            assertThat(json).contains("\"rule\"", "\"parameter\"", "\"value\"", "\"origin\"");
            assertThat(Json.mapper().readValue(json, Threshold.class)).isEqualTo(t);
        }
    }

    @Test
    void refusesWhatCannotBeChosen() {
        assertRefusal(() -> Threshold.choose(ThresholdRule.DEFAULT, NONE, UNLABELLED, new double[] {1}, SCORE),
                "no validation rows: the model was trained without a held-out validation split; retrain with a"
                        + " validation fraction or use the threshold rule value:X or contamination:P");
        assertRefusal(() -> Threshold.choose(ThresholdRule.DEFAULT, new double[0], new boolean[0], NONE, SCORE), "no validation rows");
        assertRefusal(() -> Threshold.choose(ThresholdRule.DEFAULT, new double[] {1, 2}, flags(1, 1), NONE, SCORE),
                "no normal validation rows: all 2");
        assertRefusal(() -> Threshold.choose(new ThresholdRule.Contamination(0.1), VALIDATION, UNLABELLED, NONE, SCORE), "no scored rows");
        assertRefusal(() -> Threshold.choose(new ThresholdRule.Contamination(0.1), NONE, UNLABELLED, new double[0], SCORE), "no scored rows");
        assertRefusal(() -> Threshold.choose(new ThresholdRule.F1(), NONE, UNLABELLED, VALIDATION, SCORE), "no validation rows");
        assertRefusal(() -> Threshold.choose(new ThresholdRule.F1(), VALIDATION, UNLABELLED, NONE, SCORE), "no labels");
        assertRefusal(() -> Threshold.choose(new ThresholdRule.F1(), VALIDATION, new boolean[8], NONE, SCORE),
                "no anomalous validation rows: all 8");
        assertRefusal(() -> Threshold.choose(ThresholdRule.DEFAULT, new double[] {1, Double.NaN}, UNLABELLED, NONE, SCORE),
                "validation row 1 has a NaN negative_elbo_nats");
        assertRefusal(() -> Threshold.choose(new ThresholdRule.Contamination(0.1), NONE, UNLABELLED, new double[] {Double.NaN}, SCORE),
                "scored row 0 has a NaN");
        // a NaN among the scored rows does not matter to a rule that does not look at them
        assertThat(Threshold.choose(ThresholdRule.DEFAULT, VALIDATION, UNLABELLED, new double[] {Double.NaN}, SCORE).value())
                .isEqualTo(quantile(0.99));
        assertThatThrownBy(() -> Threshold.choose(new ThresholdRule.F1(), VALIDATION, new boolean[3], NONE, SCORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 scores and 3 flags");
        assertThatThrownBy(() -> Threshold.choose(null, VALIDATION, UNLABELLED, NONE, SCORE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.choose(ThresholdRule.DEFAULT, VALIDATION, UNLABELLED, NONE, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertRefusal(() -> new Threshold("median", 0.5, 1, "x"), "\"median\" is not one of");
        assertRefusal(() -> new Threshold("value", 1, Double.NaN, "x"), "NaN");
        assertRefusal(() -> new Threshold("value", 1, 1, ""), "no origin");
    }

    private static double quantile(double q) {
        return Threshold.choose(new ThresholdRule.Quantile(q), VALIDATION, UNLABELLED, NONE, SCORE).value();
    }

    private static void assertRefusal(Runnable choice, String start) {
        InvalidInputException e = catchThrowableOfType(choice::run, InvalidInputException.class);
        assertThat(e).as(start).isNotNull();
        assertThat(e.parameter()).isEqualTo("threshold");
        assertThat(e.getMessage()).contains(start).doesNotContain("\n");
    }
}
