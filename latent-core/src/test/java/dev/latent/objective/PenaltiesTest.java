package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import dev.latent.model.ModelOutput;
import dev.latent.nn.Tensor;
import org.junit.jupiter.api.Test;

/** The sparsity and capacity penalties, and the ELBO that adds them, against hand computations in doubles. */
class PenaltiesTest {
    private static final float[] CODES = {0.5f, -1f, 0f, 2f, -3f, 0.25f}; // 3 examples, d = 2
    private static final float[] LOGITS = {-1f, 0.5f, 2f, 0f, -2f, 1f};
    private static final float[] PIXELS = {0f, 0.5f, 1f, 0.25f, 0f, 0.75f};

    @Test
    void l1IsTheWeightedSumOfAbsoluteCodes() {
        double abs = 0;
        for (float z : CODES) {
            abs += Math.abs(z);
        }
        assertThat(Sparsity.parse("l1:0.01").penaltySum(Tensor.of(CODES, 3, 2)).item()).isCloseTo(0.01 * abs, within(1e-6));
    }

    @Test
    void klToRhoIsNgsPenaltyOnTheBatchMeanActivationTakenOncePerExample() {
        double rho = 0.05;
        double penalty = 0;
        for (int j = 0; j < 2; j++) {
            double r = 0;
            for (int b = 0; b < 3; b++) {
                r += 1 / (1 + Math.exp(-CODES[b * 2 + j])) / 3;
            }
            penalty += rho * Math.log(rho / r) + (1 - rho) * Math.log((1 - rho) / (1 - r));
        }
        assertThat(Sparsity.parse("kl:0.05:2").penaltySum(Tensor.of(CODES, 3, 2)).item()).isCloseTo(2 * 3 * penalty, within(1e-4));
    }

    @Test
    void capacityRisesLinearlyAndPenalisesTheDistanceOfTheBatchKlFromIt() {
        Capacity capacity = Capacity.parse("20:100:50");
        assertThat(capacity.at(0)).isZero();
        assertThat(capacity.at(25)).isCloseTo(5, within(1e-12));
        assertThat(capacity.at(1000)).isEqualTo(20);
        // KL sums of 3 examples: 30 nats, C_25 = 5 per example -> |30 - 15| * 50
        assertThat(capacity.penaltySum(Tensor.of(new float[] {30f}), 3, 25).item()).isCloseTo(750, within(1e-3));
        assertThat(capacity.penaltySum(Tensor.of(new float[] {10f}), 3, 25).item()).isCloseTo(250, within(1e-3));
        assertThat(Capacity.parse("25:1000").gamma()).isEqualTo(Capacity.DEFAULT_GAMMA);
    }

    @Test
    void theElboAddsThePenaltiesToTheReconstructionAndNamesThem() {
        Tensor mean = Tensor.of(new float[] {0.5f, -1f, 0f, 2f}, 2, 2);
        Tensor logVariance = Tensor.of(new float[] {0f, -0.5f, 0.3f, -2f}, 2, 2);
        ModelOutput output = new ModelOutput.Variational(Tensor.of(LOGITS, 2, 1, 1, 3), mean, logVariance, Tensor.zeros(2, 2));
        Tensor x = Tensor.of(PIXELS, 2, 1, 1, 3);
        Terms plain = new Elbo(new Bernoulli(), BetaSchedule.constant(1)).terms(output, x, 0).perExample();
        Capacity capacity = Capacity.parse("10:10:100");
        Sparsity l1 = Sparsity.parse("l1:0.1");
        Terms both = new Elbo(new Bernoulli(), BetaSchedule.constant(1), capacity, null, l1).terms(output, x, 5).perExample();
        double kl = plain.get(Terms.KL);
        double sparsity = 0.1 * (0.5 + 1 + 0 + 2) / 2; // on the posterior mean, per example
        assertThat(both.get(Terms.CAPACITY)).isCloseTo(5, within(1e-6));
        assertThat(both.get(Terms.SPARSITY)).isCloseTo(sparsity, within(1e-6));
        assertThat(both.get(Terms.LOSS)).isCloseTo(plain.get(Terms.RECONSTRUCTION) + 100 * Math.abs(kl - 5) + sparsity, within(1e-3));
        assertThat(plain.values()).doesNotContainKeys(Terms.CAPACITY, Terms.SPARSITY);
    }

    @Test
    void badPenaltiesAreRefused() {
        for (String bad : new String[] {"l1", "l1:-1", "kl:0.05", "kl:1.5:1", "l2:1", "l1:x"}) {
            assertThatThrownBy(() -> Sparsity.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        for (String bad : new String[] {"25", "25:0", "-1:10", "25:10:0", "a:b"}) {
            assertThatThrownBy(() -> Capacity.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }
}
