package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.Batch;
import dev.latent.data.ImageShape;
import dev.latent.model.LatentModel;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.model.Posterior;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IWAE objective against the K log-weights computed by hand, and at K = 1 against the ELBO. */
class ImportanceWeightedTest {
    private static final ImageShape SHAPE = new ImageShape(1, 2, 3);
    private static final float[] IMAGES = {0f, 0.5f, 1f, 0.25f, 0.9f, 0.75f, 1f, 0.1f, 0f, 0.6f, 0.3f, 0.8f};

    private static VariationalAutoencoder model() {
        return (VariationalAutoencoder) Models.build(ModelConfig.dense(ModelKind.VAE, SHAPE, List.of(5), 2), 7);
    }

    private static Batch batch(float[] pixels, int images) {
        return new Batch(Tensor.of(pixels, images, 1, 2, 3), null);
    }

    /** -log (1/K) sum_k w_k per image, every term in double from the decoder's logits. */
    private static double handLoss(VariationalAutoencoder model, float[] pixels, int images, int k, long seed) {
        Tensor x = Tensor.of(pixels, images, 1, 2, 3);
        try (NoGrad off = NoGrad.open()) {
            Posterior q = model.posterior(x);
            float[] mean = q.mean().toFloatArray();
            float[] logVariance = q.logVariance().toFloatArray();
            float[] eps = RandomSource.seeded(seed).standardNormalDraws(k, images, 2).toFloatArray();
            double total = 0;
            for (int b = 0; b < images; b++) {
                double[] logW = new double[k];
                for (int s = 0; s < k; s++) {
                    double[] z = new double[2];
                    double logPz = 0;
                    double logQ = 0;
                    for (int j = 0; j < 2; j++) {
                        double e = eps[(s * images + b) * 2 + j];
                        z[j] = mean[b * 2 + j] + Math.exp(logVariance[b * 2 + j] / 2) * e;
                        logPz += -0.5 * (Math.log(2 * Math.PI) + z[j] * z[j]);
                        logQ += -0.5 * (Math.log(2 * Math.PI) + logVariance[b * 2 + j] + e * e);
                    }
                    float[] logits = model.decode(Tensor.of(new float[] {(float) z[0], (float) z[1]}, 1, 2)).toFloatArray();
                    double logPx = 0;
                    for (int i = 0; i < 6; i++) {
                        double p = 1 / (1 + Math.exp(-logits[i]));
                        double v = pixels[b * 6 + i];
                        logPx += v * Math.log(p) + (1 - v) * Math.log(1 - p);
                    }
                    logW[s] = logPx + logPz - logQ;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double w : logW) {
                    max = Math.max(max, w);
                }
                double sum = 0;
                for (double w : logW) {
                    sum += Math.exp(w - max);
                }
                total += -(max + Math.log(sum / k));
            }
            return total;
        }
    }

    @Test
    void theLossIsMinusTheLogMeanOfTheKWeights() {
        VariationalAutoencoder model = model();
        for (int k : new int[] {1, 3, 8}) {
            Loss loss = new ImportanceWeighted(new Bernoulli(), k, null, null).loss(model, batch(IMAGES, 2), 0, RandomSource.seeded(11));
            assertThat(loss.value().item()).as("K=%d", k).isCloseTo(handLoss(model, IMAGES, 2, k, 11), within(1e-4));
            assertThat(loss.perExample().get(Terms.LOSS)).isCloseTo(loss.value().item() / 2, within(1e-6));
        }
    }

    @Test
    void atKEqualOneItIsTheElboInExpectation() {
        LatentModel model = model();
        int copies = 4000;
        float[] many = new float[copies * 6];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(IMAGES, 0, many, i * 6, 6);
        }
        Batch batch = batch(many, copies);
        double elbo = new Elbo(new Bernoulli(), BetaSchedule.constant(1)).loss(model, batch, 0, RandomSource.seeded(3)).perExample().get(Terms.LOSS);
        double k1 = new ImportanceWeighted(new Bernoulli(), 1, null, null).loss(model, batch, 0, RandomSource.seeded(4)).perExample().get(Terms.LOSS);
        // the ELBO's analytic KL and the K=1 bound's sampled log p(z) - log q(z|x) agree in expectation; 4,000 draws
        // of a quantity with sd below 3 nats put the two means within 0.2 nats of each other
        assertThat(k1).isCloseTo(elbo, within(0.2));
    }
}
