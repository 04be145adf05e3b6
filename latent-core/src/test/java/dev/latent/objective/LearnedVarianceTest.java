package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.ImageShape;
import dev.latent.nn.Tensor;
import org.junit.jupiter.api.Test;

/** The Gaussian with learned variances against its closed form, per pixel and shared, with the clamp. */
class LearnedVarianceTest {
    private static final ImageShape SHAPE = new ImageShape(1, 1, 3);
    private static final float[] X = {0f, 0.5f, 1f, 0.25f, 0f, 0.75f};
    private static final float[] MEAN_LOGITS = {-1f, 0.5f, 2f, 0f, -2f, 1f};

    private static double closedForm(double[] logVariance, int image) {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double mu = 1 / (1 + Math.exp(-MEAN_LOGITS[image * 3 + i]));
            double lv = Math.max(Gaussian.MIN_LOG_VARIANCE, Math.min(Gaussian.MAX_LOG_VARIANCE, logVariance[logVariance.length == 1 ? 0 : i]));
            double d = X[image * 3 + i] - mu;
            sum += 0.5 * (Math.log(2 * Math.PI) + lv + d * d / Math.exp(lv));
        }
        return sum;
    }

    /** Decoder output rows: 3 mean logits, then the offsets, the same for both images. */
    private static Tensor logits(float[] offsets) {
        int width = 3 + offsets.length;
        float[] out = new float[2 * width];
        for (int b = 0; b < 2; b++) {
            System.arraycopy(MEAN_LOGITS, b * 3, out, b * width, 3);
            System.arraycopy(offsets, 0, out, b * width + 3, offsets.length);
        }
        return Tensor.of(out, 2, width);
    }

    @Test
    void perPixelVariancesAreOffsetsFromTheStartingVarianceClampedToTheirRange() {
        Gaussian gaussian = new Gaussian(0.1, Gaussian.Variance.LEARNED);
        assertThat(gaussian.decoderVariances(SHAPE)).isEqualTo(3);
        float[] offsets = {0f, -3f, -20f}; // the last one hits the floor
        double[] logVariance = new double[3];
        for (int i = 0; i < 3; i++) {
            logVariance[i] = Math.log(0.1) + offsets[i];
        }
        float[] nll = gaussian.negativeLogLikelihood(logits(offsets), Tensor.of(X, 2, 1, 1, 3)).toFloatArray();
        assertThat((double) nll[0]).isCloseTo(closedForm(logVariance, 0), within(1e-4));
        assertThat((double) nll[1]).isCloseTo(closedForm(logVariance, 1), within(1e-4));
        assertThat(gaussian.mean(logits(offsets)).toFloatArray()).hasSize(6).containsExactly(new Gaussian(0.1).mean(Tensor.of(MEAN_LOGITS, 2, 3)).toFloatArray());
    }

    @Test
    void oneSharedVarianceServesEveryPixelAndZeroOffsetIsTheFixedGaussian() {
        Gaussian shared = new Gaussian(0.2, Gaussian.Variance.LEARNED_SHARED);
        assertThat(shared.decoderVariances(SHAPE)).isEqualTo(1);
        float[] nll = shared.negativeLogLikelihood(logits(new float[] {0.7f}), Tensor.of(X, 2, 1, 1, 3)).toFloatArray();
        assertThat((double) nll[1]).isCloseTo(closedForm(new double[] {Math.log(0.2) + 0.7}, 1), within(1e-4));
        float[] atStart = shared.negativeLogLikelihood(logits(new float[] {0f}), Tensor.of(X, 2, 1, 1, 3)).toFloatArray();
        float[] fixed = new Gaussian(0.2).negativeLogLikelihood(Tensor.of(MEAN_LOGITS, 2, 1, 1, 3), Tensor.of(X, 2, 1, 1, 3)).toFloatArray();
        assertThat(atStart[0]).isCloseTo(fixed[0], within(1e-4f));
        assertThat(new Gaussian(0.2).decoderVariances(SHAPE)).isZero();
    }
}
