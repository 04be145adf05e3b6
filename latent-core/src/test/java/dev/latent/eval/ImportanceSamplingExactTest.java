package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.ImageShape;
import dev.latent.model.Decoder;
import dev.latent.model.DenseDecoderBody;
import dev.latent.model.DenseEncoderBody;
import dev.latent.model.GaussianEncoder;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Flatten;
import dev.latent.nn.Initializer;
import dev.latent.nn.Linear;
import dev.latent.nn.Sequential;
import dev.latent.nn.Tensor;
import dev.latent.objective.Gaussian;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The importance-weighted bound against the exact log p(x) of a model small enough to integrate:
 * a 1-D latent z ~ N(0, 1), two pixels x_i ~ N(sigmoid(w_i z + b_i), sigma^2), so
 * {@code p(x) = int N(z; 0, 1) prod_i N(x_i; sigmoid(w_i z + b_i), sigma^2) dz}, computed here by
 * quadrature, independently of libtorch. The encoder ignores x and gives q(z|x) = N(0.6, 1.2^2):
 * centred near the posterior mean (about 0.6) but much wider than the posterior (variance about
 * 0.1), and with tails at least as heavy as the posterior's (which are the prior's, once the
 * sigmoids saturate), so the weights p(x, z) / q(z) have finite variance and the bound converges
 * at the usual rate.
 */
class ImportanceSamplingExactTest {
    private static final float[] W = {1.5f, -2.0f};
    private static final float[] B = {0.2f, 0.4f};
    private static final double VARIANCE = 0.02;
    private static final float[] X = {0.74f, 0.33f};
    private static final float Q_MEAN = 0.6f;
    private static final float Q_LOG_VARIANCE = (float) Math.log(1.44); // sigma_q = 1.2
    private static final int ROWS = 400; // copies of x, each with its own samples: independent estimates

    @Test
    void theBoundIsBelowLogPxOnAverageAndApproachesItAsKGrows() {
        VariationalAutoencoder model = model();
        Tensor x = Tensor.of(copies(X, ROWS), ROWS, 1, 1, 2);
        double logPx = logIntegral(z -> logJoint(z));
        double klToPosterior = klQToPosterior(logPx);
        double[] bias = new double[4];
        int[] ks = {1, 10, 100, 1000};
        for (int i = 0; i < ks.length; i++) {
            double[] bounds = ImportanceSampling.logLikelihoods(model, new Gaussian(VARIANCE), x, ks[i], 100 + i);
            double mean = mean(bounds);
            double standardError = standardDeviation(bounds, mean) / Math.sqrt(ROWS);
            bias[i] = logPx - mean;
            // E[bound_K] <= log p(x): a sample mean of 400 independent bounds exceeds it by 4 standard errors with probability ~3e-5
            assertThat(mean).as("K=%d", ks[i]).isLessThanOrEqualTo(logPx + 4 * standardError);
            if (ks[i] == 1) {
                // K = 1 is the ELBO, whose expectation is log p(x) - KL(q || p(z|x)) exactly
                assertThat(mean).as("K=1").isCloseTo(logPx - klToPosterior, within(4 * standardError));
            } else {
                // the gap shrinks like Var_q[w / p(x)] / (2K) for large K (Maddison et al. 2017; Domke and Sheldon 2018):
                // within twice that, plus 4 standard errors
                double asymptoticGap = chiSquare(logPx) / (2.0 * ks[i]);
                assertThat(bias[i]).as("K=%d gap", ks[i]).isLessThanOrEqualTo(2 * asymptoticGap + 4 * standardError);
            }
        }
        assertThat(klToPosterior).as("q is not the posterior").isGreaterThan(1.0);
        assertThat(bias[3]).as("K=1000 is within 0.01 nats").isLessThan(0.01);
    }

    /** A VAE built from the parts: Flatten trunk, constant heads (weights 0), one linear decoder layer. */
    private static VariationalAutoencoder model() {
        ImageShape shape = new ImageShape(1, 1, 2);
        Initializer init = new Initializer(0);
        Linear mean = new Linear(2, 1, init);
        mean.parameters().get("weight").load(new float[2]);
        mean.parameters().get("bias").load(new float[] {Q_MEAN});
        Linear logVariance = new Linear(2, 1, init);
        logVariance.parameters().get("weight").load(new float[2]);
        logVariance.parameters().get("bias").load(new float[] {Q_LOG_VARIANCE});
        Linear decoder = new Linear(1, 2, init);
        decoder.parameters().get("weight").load(W);
        decoder.parameters().get("bias").load(B);
        GaussianEncoder encoder = new GaussianEncoder(new DenseEncoderBody(new Sequential(List.of(Flatten.INSTANCE))), mean, logVariance);
        return new VariationalAutoencoder(ModelConfig.dense(ModelKind.VAE, shape, List.of(), 1), encoder, new Decoder(new DenseDecoderBody(decoder), shape));
    }

    /** log p(x, z) = log N(z; 0, 1) + sum_i log N(x_i; sigmoid(w_i z + b_i), sigma^2). */
    private static double logJoint(double z) {
        double log = -0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
        for (int i = 0; i < 2; i++) {
            double mean = 1 / (1 + Math.exp(-(W[i] * z + B[i])));
            log += -(X[i] - mean) * (X[i] - mean) / (2 * VARIANCE) - 0.5 * Math.log(2 * Math.PI * VARIANCE);
        }
        return log;
    }

    private static double logQ(double z) {
        double variance = Math.exp(Q_LOG_VARIANCE);
        return -0.5 * (z - Q_MEAN) * (z - Q_MEAN) / variance - 0.5 * Math.log(2 * Math.PI * variance);
    }

    /** KL(q || p(z|x)) = int q (log q - log p(x, z) + log p(x)) dz. */
    private static double klQToPosterior(double logPx) {
        return integral(z -> Math.exp(logQ(z)) * (logQ(z) - logJoint(z) + logPx));
    }

    /** Var_q[p(z|x) / q(z)] = int p(z|x)^2 / q(z) dz - 1. */
    private static double chiSquare(double logPx) {
        return integral(z -> Math.exp(2 * (logJoint(z) - logPx) - logQ(z))) - 1;
    }

    // Trapezoid rule on [-12, 12], step 1e-3: every integrand here is smooth and below e^-60 at the
    // ends, and the rule converges faster than any power of the step for such functions.
    private static final double LOW = -12;
    private static final int STEPS = 24_000;
    private static final double STEP = 24.0 / STEPS;

    private static double integral(DoubleUnaryOperator f) {
        double sum = 0.5 * (f.applyAsDouble(LOW) + f.applyAsDouble(LOW + STEPS * STEP));
        for (int i = 1; i < STEPS; i++) {
            sum += f.applyAsDouble(LOW + i * STEP);
        }
        return sum * STEP;
    }

    /** log int exp(g(z)) dz, with the maximum taken out first. */
    private static double logIntegral(DoubleUnaryOperator g) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= STEPS; i++) {
            max = Math.max(max, g.applyAsDouble(LOW + i * STEP));
        }
        double top = max;
        return top + Math.log(integral(z -> Math.exp(g.applyAsDouble(z) - top)));
    }

    private static float[] copies(float[] x, int n) {
        float[] out = new float[x.length * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[i % x.length];
        }
        return out;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values, double mean) {
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
