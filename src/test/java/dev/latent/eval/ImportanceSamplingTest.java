package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.model.ImageShape;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Tensor;
import dev.latent.objective.Bernoulli;
import dev.latent.objective.BetaSchedule;
import dev.latent.objective.Elbo;
import dev.latent.train.DatasetTensors;
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
        new Trainer(model, new Elbo(new Bernoulli(), BetaSchedule.constant(1)), new TrainConfig(2, 64, 2e-3, 3, 0))
                .fit(DatasetTensors.images(all.train().slice(0, 2000)), null);
        test = DatasetTensors.images(all.test().slice(0, 200));
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
    void manyBlocksOfSamplesCombineIntoFiniteRepeatableBounds() {
        // more samples than one block holds: the running log-sum-exp must combine blocks exactly
        int k = ImportanceSampling.DECODES_PER_BLOCK / ImportanceSampling.IMAGES_PER_CHUNK + 7;
        double[] a = ImportanceSampling.logLikelihoods(model, new Bernoulli(), test.slice(0, 3), k, 5);
        assertThat(a).hasSize(3);
        for (double v : a) {
            assertThat(v).isFinite().isNegative();
        }
        double[] again = ImportanceSampling.logLikelihoods(model, new Bernoulli(), test.slice(0, 3), k, 5);
        assertThat(again).containsExactly(a);
    }

    @Test
    void logSumExpIsStableForExtremeValues() {
        Tensor big = Tensor.of(new double[] {1e4, 1e4, -1e4}, 3, 1);
        assertThat(big.logSumExp(0).item()).isCloseTo(1e4 + Math.log(2), within(1e-9));
        Tensor small = Tensor.of(new double[] {-1e4}, 1);
        assertThat(small.logAddExp(Tensor.of(new double[] {-1e4}, 1)).item()).isCloseTo(-1e4 + Math.log(2), within(1e-9));
    }
}
