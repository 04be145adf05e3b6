package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.nn.Tensor;
import org.junit.jupiter.api.Test;

/** The non-saturating GAN losses against a hand computation in doubles. */
class AdversarialLossTest {
    private static final float[] REAL = {2f, -0.5f, 0.1f, 6f};
    private static final float[] FAKE = {-3f, 0.7f, -0.2f, 1.5f};

    private static double sigmoid(double l) {
        return 1 / (1 + Math.exp(-l));
    }

    @Test
    void theDiscriminatorLossIsMinusLogDOfRealMinusLogOneMinusDOfFake() {
        double expected = 0;
        for (int i = 0; i < REAL.length; i++) {
            expected += -Math.log(sigmoid(REAL[i])) / REAL.length;
            expected += -Math.log(1 - sigmoid(FAKE[i])) / FAKE.length;
        }
        assertThat(AdversarialLoss.discriminator(Tensor.of(REAL, 4), Tensor.of(FAKE, 4)).item()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void theGeneratorLossIsTheNonSaturatingMinusLogDOfFake() {
        double expected = 0;
        double saturating = 0;
        for (float l : FAKE) {
            expected += -Math.log(sigmoid(l)) / FAKE.length;
            saturating += Math.log(1 - sigmoid(l)) / FAKE.length;
        }
        double loss = AdversarialLoss.generator(Tensor.of(FAKE, 4)).item();
        assertThat(loss).isCloseTo(expected, within(1e-6));
        assertThat(loss).isNotCloseTo(saturating, within(1e-3)); // not the saturating log(1 - D(G(z)))
    }

    @Test
    void extremeLogitsStayFinite() {
        Tensor confident = Tensor.of(new float[] {1000f, -1000f}, 2);
        assertThat(AdversarialLoss.discriminator(confident, confident.mul(-1.0)).item()).isCloseTo(1000.0, within(1e-3));
        assertThat(AdversarialLoss.generator(Tensor.of(new float[] {-1000f}, 1)).item()).isCloseTo(1000.0, within(1e-3));
    }
}
