package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.DataSources;
import dev.latent.data.Examples;
import dev.latent.data.ImageShape;
import dev.latent.data.Split;
import dev.latent.model.AdversarialNetwork;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.nn.Tensor;
import dev.latent.objective.AdversarialLoss;
import dev.latent.objective.Terms;
import dev.latent.train.EpochSums;
import dev.latent.train.TrainingCollapsedException;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GAN's failure modes are named when they happen, and only then. */
class AdversarialHealthTest {
    static Split data;

    @BeforeAll
    static void digits() {
        Split all = DataSources.load(DataSources.DEFAULT);
        data = new Split(all.train().slice(0, 1000), all.test().slice(0, 100));
    }

    private static AdversarialNetwork gan() {
        return (AdversarialNetwork) Models.generator(ModelConfig.dense(ModelKind.GAN, new ImageShape(1, 28, 28), List.of(32), 4), 5);
    }

    /** An epoch whose training terms are these per-example values. */
    private static TrainingListener.EpochResult epoch(int epoch, double dFake, double gLoss, Map<String, Terms> measured) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(AdversarialLoss.DISCRIMINATOR, 1.0);
        values.put(AdversarialLoss.D_REAL, 0.9);
        values.put(AdversarialLoss.D_FAKE, dFake);
        values.put(AdversarialLoss.GENERATOR, gLoss);
        EpochSums sums = EpochSums.EMPTY.plus(new Terms(values), 10, 1.0);
        return new TrainingListener.EpochResult(epoch, sums, measured, new TrainingState(epoch + 1, 0, 10L * epoch, EpochSums.EMPTY), 1.0);
    }

    @Test
    void theMeanPairwiseDistanceIsTheAverageOverDistinctPairs() {
        // three points on a line at 0, 3 and 4 (one pixel each): distances 3, 4, 1 -> mean 8/3
        Tensor images = Tensor.of(new float[] {0f, 3f, 4f}, 3, 1, 1, 1);
        assertThat(AdversarialHealth.meanPairwiseDistance(images)).isCloseTo(8.0 / 3.0, within(1e-5));
    }

    @Test
    void aGeneratorThatDrawsOneImageForEveryCodeIsNamedACollapse() {
        AdversarialNetwork gan = gan();
        // the last generator layer's weight to 0: every z decodes to the same image (its bias)
        Map<String, Tensor> generator = gan.generatorParameters();
        String lastWeight = generator.keySet().stream().filter(n -> n.endsWith("weight")).reduce((a, b) -> b).orElseThrow();
        generator.get(lastWeight).load(new float[(int) generator.get(lastWeight).numel()]);
        AdversarialHealth health = new AdversarialHealth(gan, data, true);
        Map<String, Terms> measured = health.measureEpoch(new TrainingState(2, 0, 10, EpochSums.EMPTY));
        assertThat(measured.get(AdversarialHealth.GROUP).get(AdversarialHealth.DISTANCE_RATIO)).isLessThan(1e-4);
        assertThat(measured.get(AdversarialHealth.GROUP).get(AdversarialHealth.CLASS_ENTROPY)).isZero(); // one image, one class
        assertThatThrownBy(() -> health.onEpochEnd(epoch(1, 0.4, 1.0, measured)))
                .isInstanceOf(TrainingCollapsedException.class)
                .hasMessageContaining("mode collapse at epoch 1")
                .satisfies(e -> assertThat(((TrainingCollapsedException) e).mode()).isEqualTo("mode collapse"));
    }

    @Test
    void aHealthyGeneratorIsNotNamedAndADiscriminatorThatWinsIs() {
        AdversarialHealth health = new AdversarialHealth(gan(), data, true);
        health.measureEpoch(new TrainingState(2, 0, 10, EpochSums.EMPTY)); // trains its classifier, so classes count below
        // the epoch's health as measured: spread out, many classes
        Map<String, Terms> spread = Map.of(AdversarialHealth.GROUP, new Terms(Map.of(AdversarialHealth.DISTANCE_RATIO, 0.9,
                AdversarialHealth.CLASS_ENTROPY, 2.0)));
        health.onEpochEnd(epoch(1, 0.3, 1.0, spread));       // D(G(z)) = 0.3: the game goes on
        health.onEpochEnd(epoch(2, 0.01, 0.9, spread));      // D wins but G's loss fell: not yet
        assertThatThrownBy(() -> health.onEpochEnd(epoch(3, 0.01, 4.0, spread))) // D wins and G's loss climbs
                .isInstanceOf(TrainingCollapsedException.class).hasMessageContaining("discriminator wins at epoch 3");
    }
}
