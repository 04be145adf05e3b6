package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.nn.Tensor;
import org.junit.jupiter.api.Test;

class LikelihoodTest {
    private static final float[] LOGITS = {-3f, -0.5f, 0f, 0.25f, 2f, 4f};
    private static final float[] PIXELS = {0f, 0.2f, 0.5f, 1f, 0.9f, 0.33f};

    @Test
    void bernoulliFromLogitsMatchesTheNaiveFormulaOnSafeValues() {
        double expected = 0;
        for (int i = 0; i < LOGITS.length; i++) {
            double p = 1 / (1 + Math.exp(-LOGITS[i]));
            expected += -(PIXELS[i] * Math.log(p) + (1 - PIXELS[i]) * Math.log(1 - p));
        }
        Tensor logits = Tensor.of(LOGITS, 2, 1, 1, 3);
        Tensor x = Tensor.of(PIXELS, 2, 1, 1, 3);
        Bernoulli bernoulli = new Bernoulli();
        assertThat(bernoulli.negativeLogLikelihoodSum(logits, x).item()).isCloseTo(expected, within(1e-5));
        assertThat(bernoulli.negativeLogLikelihood(logits, x).sum().item()).isCloseTo(expected, within(1e-5));
        assertThat(bernoulli.negativeLogLikelihood(logits, x).shape()).containsExactly(2);
    }

    @Test
    void bernoulliStaysFiniteForExtremeLogits() {
        Tensor logits = Tensor.of(new float[] {-1000f, 1000f}, 1, 2);
        Tensor x = Tensor.of(new float[] {1f, 0f}, 1, 2);
        assertThat(new Bernoulli().negativeLogLikelihoodSum(logits, x).item()).isCloseTo(2000.0, within(1e-3));
    }

    @Test
    void gaussianIsTheNormalisedSquaredError() {
        double variance = 0.1;
        double expected = 0;
        for (int i = 0; i < LOGITS.length; i++) {
            double mu = 1 / (1 + Math.exp(-LOGITS[i]));
            expected += (PIXELS[i] - mu) * (PIXELS[i] - mu) / (2 * variance) + 0.5 * Math.log(2 * Math.PI * variance);
        }
        Tensor nll = new Gaussian(variance).negativeLogLikelihood(Tensor.of(LOGITS, 1, 6), Tensor.of(PIXELS, 1, 6));
        assertThat(nll.item()).isCloseTo(expected, within(1e-4));
    }

    @Test
    void betaWarmsUpLinearly() {
        BetaSchedule schedule = new BetaSchedule(4.0, 100);
        assertThat(schedule.at(0)).isZero();
        assertThat(schedule.at(25)).isEqualTo(1.0);
        assertThat(schedule.at(100)).isEqualTo(4.0);
        assertThat(schedule.at(1000)).isEqualTo(4.0);
        assertThat(BetaSchedule.constant(0.5).at(0)).isEqualTo(0.5);
    }
}
