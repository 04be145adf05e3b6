package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.data.ImageShape;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Tensor;
import dev.latent.objective.Bernoulli;
import dev.latent.objective.BetaSchedule;
import dev.latent.objective.Elbo;
import dev.latent.data.Examples;
import dev.latent.train.TrainConfig;
import dev.latent.train.Trainer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportanceSamplingTest {
    static VariationalAutoencoder model;
    static Tensor test;

    @BeforeAll
    static void trainASmallVae() {
        Split all = DataSources.load(DataSources.DEFAULT);
        model = (VariationalAutoencoder) Models.build(ModelConfig.dense(ModelKind.VAE, new ImageShape(1, 28, 28), List.of(64), 4), 3);
        Trainer.forObjective(model, new Elbo(new Bernoulli(), BetaSchedule.constant(1)), new TrainConfig(2, 64, 2e-3, 3, 0))
                .fit(Examples.of(all.train().slice(0, 2000)));
        test = Examples.images(all.test().slice(0, 200));
    }

    @Test
    void theBoundIsBelowTheElboAndTightensWithK() {
        double negativeElbo = Evaluator.evaluate(model, new Bernoulli(), test).negativeElboNats();
        double k1 = ImportanceSampling.negativeLogLikelihoodNats(model, new Bernoulli(), test, 1, 11);
        double k10 = ImportanceSampling.negativeLogLikelihoodNats(model, new Bernoulli(), test, 10, 12);
        double k100 = ImportanceSampling.negativeLogLikelihoodNats(model, new Bernoulli(), test, 100, 13);
        // K = 1 is a one-sample ELBO estimate: the same quantity up to Monte-Carlo noise
        assertThat(k1).isCloseTo(negativeElbo, within(2.0));
        assertThat(k10).isLessThan(k1);
        assertThat(k100).isLessThan(k10);
        assertThat(k100).isLessThan(negativeElbo);
    }

    @Test
    void cuttingTheSamplesIntoBlocksChangesNothing() {
        // 57 samples of 3 images: one block of 57, or blocks of 10 (6 blocks, the last of 7)
        int k = 57;
        double[] oneBlock = ImportanceSampling.logLikelihoods(model, new Bernoulli(), test.slice(0, 3), k, 5, 10_000);
        double[] sixBlocks = ImportanceSampling.logLikelihoods(model, new Bernoulli(), test.slice(0, 3), k, 5, 30);
        assertThat(oneBlock).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(oneBlock[i]).isFinite().isNegative();
            // float32 log-sum-exp per block, folded in double: equal to rounding
            assertThat(sixBlocks[i]).isCloseTo(oneBlock[i], within(1e-3));
        }
        double[] again = ImportanceSampling.logLikelihoods(model, new Bernoulli(), test.slice(0, 3), k, 5, 30);
        assertThat(again).containsExactly(sixBlocks);
    }

    @Test
    void logSumExpAndTheRunningFoldAreStableForExtremeValues() {
        Tensor big = Tensor.of(new double[] {1e4, 1e4, -1e4}, 3, 1);
        assertThat(big.logSumExp(0).item()).isCloseTo(1e4 + Math.log(2), within(1e-9));
        assertThat(ImportanceSampling.logAddExp(-1e4, -1e4)).isCloseTo(-1e4 + Math.log(2), within(1e-9));
        assertThat(ImportanceSampling.logAddExp(1e4, 0)).isEqualTo(1e4);
        assertThat(ImportanceSampling.logAddExp(Double.NEGATIVE_INFINITY, -3.5)).isEqualTo(-3.5);
        assertThat(ImportanceSampling.logAddExp(Math.log(2), Math.log(3))).isCloseTo(Math.log(5), within(1e-15));
    }
}
