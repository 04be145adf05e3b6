package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.model.ModelOutput;
import dev.latent.nn.Tensor;
import org.junit.jupiter.api.Test;

/** The ELBO's terms against a hand computation in doubles. */
class ElboTest {
    // two images of three pixels, two latent dimensions
    private static final float[] LOGITS = {-1f, 0.5f, 2f, 0f, -2f, 1f};
    private static final float[] PIXELS = {0f, 0.5f, 1f, 0.25f, 0f, 0.75f};
    private static final float[] MEAN = {0.5f, -1f, 0f, 2f};
    private static final float[] LOG_VARIANCE = {0f, -0.5f, 0.3f, -2f};

    private static double handBce() {
        double sum = 0;
        for (int i = 0; i < LOGITS.length; i++) {
            double p = 1 / (1 + Math.exp(-LOGITS[i]));
            sum += -(PIXELS[i] * Math.log(p) + (1 - PIXELS[i]) * Math.log(1 - p));
        }
        return sum;
    }

    private static double handKl() {
        double sum = 0;
        for (int j = 0; j < MEAN.length; j++) {
            double variance = Math.exp(LOG_VARIANCE[j]);
            sum += 0.5 * (variance + MEAN[j] * MEAN[j] - 1 - LOG_VARIANCE[j]);
        }
        return sum;
    }

    private static ModelOutput.Variational variational() {
        Tensor z = Tensor.zeros(2, 2); // the terms do not read z itself
        return new ModelOutput.Variational(Tensor.of(LOGITS, 2, 1, 1, 3), Tensor.of(MEAN, 2, 2), Tensor.of(LOG_VARIANCE, 2, 2), z);
    }

    @Test
    void theLossIsReconstructionPlusTheScheduledBetaTimesKl() {
        Elbo elbo = new Elbo(new Bernoulli(), BetaSchedule.warmup(4.0, 10));
        Tensor x = Tensor.of(PIXELS, 2, 1, 1, 3);
        for (long step : new long[] {0, 5, 10, 20}) {
            double beta = 4.0 * Math.min(1.0, step / 10.0);
            Terms terms = elbo.terms(variational(), x, step).perExample();
            assertThat(terms.get(Terms.RECONSTRUCTION)).as("step %d", step).isCloseTo(handBce() / 2, within(1e-5));
            assertThat(terms.get(Terms.KL)).as("step %d", step).isCloseTo(handKl() / 2, within(1e-5));
            assertThat(terms.get(Terms.LOSS)).as("step %d", step).isCloseTo((handBce() + beta * handKl()) / 2, within(1e-4));
        }
    }

    @Test
    void theDifferentiatedValueIsTheLossSummedOverTheBatch() {
        Loss loss = new Elbo(new Bernoulli(), BetaSchedule.constant(2.0)).terms(variational(), Tensor.of(PIXELS, 2, 1, 1, 3), 0);
        assertThat(loss.value().item()).isCloseTo(handBce() + 2.0 * handKl(), within(1e-4));
        assertThat(loss.examples()).isEqualTo(2);
    }

    @Test
    void anAutoencoderHasNoKlAndItsLossIsTheReconstruction() {
        ModelOutput.Autoencoded output = new ModelOutput.Autoencoded(Tensor.of(LOGITS, 2, 1, 1, 3), Tensor.zeros(2, 2));
        Terms terms = new Elbo(new Bernoulli(), BetaSchedule.constant(4.0)).terms(output, Tensor.of(PIXELS, 2, 1, 1, 3), 100).perExample();
        assertThat(terms.get(Terms.KL)).isZero();
        assertThat(terms.get(Terms.RECONSTRUCTION)).isCloseTo(handBce() / 2, within(1e-5));
        assertThat(terms.get(Terms.LOSS)).isEqualTo(terms.get(Terms.RECONSTRUCTION));
    }
}
