package dev.latent.train;

import dev.latent.store.ElboConfig;

import dev.latent.objective.Terms;

import dev.latent.data.Examples;
import dev.latent.store.RunConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.data.Split;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.model.LatentModel;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.nn.Tensor;
import dev.latent.objective.Bernoulli;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainerTest {
    @Test
    void trainingLowersTheLossAndChangesTheWeightsWhileEvaluationDoesNot() {
        Split split = TrainingFixtures.smallSplit();
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 3, 0);
        LatentModel model = Models.build(config.model(), config.training().seed());
        Tensor test = Examples.images(split.test());
        Map<String, float[]> before = snapshot(model);
        Evaluation untrained = Evaluator.evaluate(model, new Bernoulli(), test);
        assertThat(snapshot(model)).usingRecursiveComparison().isEqualTo(before);

        List<Double> losses = new ArrayList<>();
        Trainer trainer = Trainer.forObjective(model, ((ElboConfig) config.objective()).build(), config.training());
        trainer.addListener(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                losses.add(result.train().perExample().get(Terms.LOSS));
            }
        });
        trainer.fit(Examples.of(split.train()));

        assertThat(losses).hasSize(3);
        assertThat(losses.get(2)).isLessThan(losses.get(0));
        assertThat(Evaluator.evaluate(model, new Bernoulli(), test).negativeElboNats()).isLessThan(untrained.negativeElboNats());
        Map<String, float[]> after = snapshot(model);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            assertThat(after.get(name)).as(name).isNotEqualTo(before.get(name));
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        assertThat(trainAndEvaluate(7)).isEqualTo(trainAndEvaluate(7));
        assertThat(trainAndEvaluate(7)).isNotEqualTo(trainAndEvaluate(8));
    }

    @Test
    void aNonFiniteLossStopsTrainingAtThatStep() {
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 1, 0);
        LatentModel model = Models.build(config.model(), 1);
        float[] pixels = TrainingFixtures.smallSplit().train().slice(0, 64).images().toFloats();
        pixels[100] = Float.NaN;
        Tensor poisoned = Tensor.of(pixels, 64, 1, 28, 28);
        Map<String, float[]> before = snapshot(model);
        Trainer trainer = Trainer.forObjective(model, ((ElboConfig) config.objective()).build(), config.training());
        assertThatThrownBy(() -> trainer.fit(new Examples(poisoned, null, TrainingFixtures.MNIST)))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("step 1")
                .satisfies(e -> assertThat(((TrainingDivergedException) e).step()).isEqualTo(1));
        assertThat(snapshot(model)).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void aNonFiniteGradientStopsTrainingBeforeTheUpdate() {
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 1, 0);
        LatentModel model = Models.build(config.model(), 1);
        Trainer trainer = Trainer.forObjective(model, ((ElboConfig) config.objective()).build(), config.training());
        trainer.addListener(new TrainingListener() {
            @Override
            public void onGradients(long step, Map<String, Tensor> parameters) {
                if (step == 2) {
                    parameters.values().iterator().next().grad().fill_(Double.POSITIVE_INFINITY);
                }
            }
        });
        List<Map<String, float[]>> afterStep = new ArrayList<>();
        trainer.addListener(new TrainingListener() {
            @Override
            public void onBatchEnd(TrainingState state, Terms terms, long images) {
                afterStep.add(snapshot(model));
            }
        });
        assertThatThrownBy(() -> trainer.fit(Examples.of(TrainingFixtures.smallSplit().train())))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("gradient")
                .satisfies(e -> assertThat(((TrainingDivergedException) e).step()).isEqualTo(3));
        assertThat(afterStep).hasSize(2);
        assertThat(snapshot(model)).usingRecursiveComparison().isEqualTo(afterStep.get(1));
    }

    private static Evaluation trainAndEvaluate(long seed) {
        Split split = TrainingFixtures.smallSplit();
        RunConfig base = TrainingFixtures.config(ModelKind.VAE, 1, 0);
        TrainConfig training = new TrainConfig(1, 64, 1e-3, seed, 0);
        LatentModel model = Models.build(base.model(), seed);
        Trainer.forObjective(model, ((ElboConfig) base.objective()).build(), training).fit(Examples.of(split.train()));
        return Evaluator.evaluate(model, new Bernoulli(), Examples.images(split.test()));
    }

    static Map<String, float[]> snapshot(dev.latent.model.Generator model) {
        Map<String, float[]> values = new LinkedHashMap<>();
        model.parameters().forEach((name, tensor) -> values.put(name, tensor.toFloatArray()));
        return values;
    }
}
