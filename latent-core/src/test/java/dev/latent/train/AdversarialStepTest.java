package dev.latent.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.data.Batch;
import dev.latent.data.DataSources;
import dev.latent.data.Examples;
import dev.latent.model.AdversarialNetwork;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.AdversarialLoss;
import dev.latent.objective.Terms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A GAN step moves D and then G, each on its own loss, and nothing else. */
class AdversarialStepTest {
    private static final StepGuard NO_GUARD = new StepGuard() {
        @Override
        public void afterLoss(long step, Terms terms) {}

        @Override
        public void afterBackward(long step, Map<String, Tensor> parameters) {}
    };

    private static AdversarialNetwork gan() {
        return (AdversarialNetwork) Models.generator(ModelConfig.dense(ModelKind.GAN, TrainingFixtures.MNIST, List.of(32), 4), 3);
    }

    private static Batch batch() {
        return Examples.of(DataSources.load(DataSources.DEFAULT).train().slice(0, 64)).batch(java.util.stream.LongStream.range(0, 64).toArray());
    }

    private static double discriminatorLoss(AdversarialNetwork gan, Batch batch, Tensor fake) {
        try (NoGrad noGrad = NoGrad.open()) {
            return AdversarialLoss.discriminator(gan.discriminate(batch.x()), gan.discriminate(fake)).item();
        }
    }

    private static double generatorLoss(AdversarialNetwork gan, Tensor z) {
        try (NoGrad noGrad = NoGrad.open()) {
            return AdversarialLoss.generator(gan.discriminate(gan.decode(z).sigmoid())).item();
        }
    }

    @Test
    void aDiscriminatorStepLowersItsLossAndLeavesTheGeneratorAlone() {
        AdversarialNetwork gan = gan();
        Batch batch = batch();
        Tensor fake;
        try (NoGrad noGrad = NoGrad.open()) {
            fake = gan.decode(RandomSource.seeded(9).standardNormal(64, 4)).sigmoid();
        }
        Map<String, float[]> generatorBefore = snapshot(gan.generatorParameters());
        Map<String, float[]> discriminatorBefore = snapshot(gan.discriminatorParameters());
        double before = discriminatorLoss(gan, batch, fake);
        // D alone, as the step does it: a step whose generator learning rate is 0 is not allowed, so freeze G by hand
        dev.latent.nn.Adam adam = new dev.latent.nn.Adam(gan.discriminatorParameters(), 2e-3, 0.5, 0.999);
        for (int i = 0; i < 5; i++) {
            adam.zeroGrad();
            AdversarialLoss.discriminator(gan.discriminate(batch.x()), gan.discriminate(fake)).backward();
            adam.step();
        }
        assertThat(discriminatorLoss(gan, batch, fake)).isLessThan(before);
        assertThat(snapshot(gan.generatorParameters())).usingRecursiveComparison().isEqualTo(generatorBefore);
        assertThat(snapshot(gan.discriminatorParameters())).usingRecursiveComparison().isNotEqualTo(discriminatorBefore);
    }

    @Test
    void aGeneratorStepLowersItsLossAndLeavesTheDiscriminatorAlone() {
        AdversarialNetwork gan = gan();
        Tensor z = RandomSource.seeded(13).standardNormal(64, 4);
        Map<String, float[]> discriminatorBefore = snapshot(gan.discriminatorParameters());
        Map<String, float[]> generatorBefore = snapshot(gan.generatorParameters());
        double before = generatorLoss(gan, z);
        dev.latent.nn.Adam adam = new dev.latent.nn.Adam(gan.generatorParameters(), 2e-3, 0.5, 0.999);
        for (int i = 0; i < 5; i++) {
            adam.zeroGrad();
            AdversarialLoss.generator(gan.discriminate(gan.decode(z).sigmoid())).backward(); // D gets gradients too, and no update
            adam.step();
        }
        assertThat(generatorLoss(gan, z)).isLessThan(before);
        assertThat(snapshot(gan.discriminatorParameters())).usingRecursiveComparison().isEqualTo(discriminatorBefore);
        assertThat(snapshot(gan.generatorParameters())).usingRecursiveComparison().isNotEqualTo(generatorBefore);
    }

    @Test
    void theStepUpdatesDOnItsLossThenGThroughTheUpdatedD() {
        AdversarialNetwork gan = gan();
        AdversarialStep step = new AdversarialStep(gan, 1, 2e-4, 0.5, 0.999);
        Batch batch = batch();
        // the noise the step will draw: the same seed gives the same z
        Tensor z = RandomSource.seeded(11).standardNormal(64, 4);
        Map<String, float[]> generatorBefore = snapshot(gan.generatorParameters());
        Map<String, float[]> discriminatorBefore = snapshot(gan.discriminatorParameters());
        double gBefore = generatorLoss(gan, z);
        Terms terms = step.run(batch, 0, RandomSource.seeded(11), NO_GUARD);
        assertThat(terms.values().keySet()).containsExactly(AdversarialLoss.DISCRIMINATOR, AdversarialLoss.D_REAL, AdversarialLoss.D_FAKE,
                AdversarialLoss.GENERATOR);
        assertThat(terms.get(AdversarialLoss.D_REAL)).isBetween(0.0, 1.0);
        assertThat(snapshot(gan.generatorParameters())).usingRecursiveComparison().isNotEqualTo(generatorBefore);
        assertThat(snapshot(gan.discriminatorParameters())).usingRecursiveComparison().isNotEqualTo(discriminatorBefore);
        // G's reported loss is against the D after its update, as in the peer: recompute it with D updated and G as it was
        Map<String, float[]> generatorAfter = snapshot(gan.generatorParameters());
        load(gan.generatorParameters(), generatorBefore);
        assertThat(generatorLoss(gan, z)).isCloseTo(terms.get(AdversarialLoss.GENERATOR), org.assertj.core.api.Assertions.within(1e-5));
        load(gan.generatorParameters(), generatorAfter);
        assertThat(gBefore).isFinite();
        assertThat(step.counters()).containsEntry(AdversarialStep.D_STEPS, 1L).containsEntry(AdversarialStep.G_STEPS, 1L);
    }

    @Test
    void moreDiscriminatorStepsUpdateDThatOftenPerGeneratorStep() {
        AdversarialStep step = new AdversarialStep(gan(), 3, 2e-4, 0.5, 0.999);
        step.run(batch(), 0, RandomSource.seeded(1), NO_GUARD);
        assertThat(step.counters()).containsEntry(AdversarialStep.D_STEPS, 3L).containsEntry(AdversarialStep.G_STEPS, 1L);
    }

    private static Map<String, float[]> snapshot(Map<String, Tensor> parameters) {
        Map<String, float[]> values = new LinkedHashMap<>();
        parameters.forEach((name, tensor) -> values.put(name, tensor.toFloatArray()));
        return values;
    }

    private static void load(Map<String, Tensor> parameters, Map<String, float[]> values) {
        parameters.forEach((name, tensor) -> tensor.load(values.get(name)));
    }
}
