package dev.latent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import org.junit.jupiter.api.Test;

class FittedGaussianTest {
    private static final double[] MEAN = {1.0, -2.0, 0.5};
    // lower triangular, positive diagonal: the Cholesky factor of S = L L^T, unique
    private static final double[] L = {
        1.2, 0, 0,
        -0.6, 0.8, 0,
        0.3, 0.5, 0.4};

    @Test
    void fitRecoversTheMeanAndCovarianceOfConstructedCodes() {
        // codes m + L u over the 8 sign patterns u in {-1, 1}^3: their mean is m and their
        // (maximum-likelihood, 1/n) covariance is exactly L L^T, since sum u = 0 and sum u u^T = 8 I
        float[] codes = new float[8 * 3];
        for (int i = 0; i < 8; i++) {
            double[] u = {(i & 1) == 0 ? -1 : 1, (i & 2) == 0 ? -1 : 1, (i & 4) == 0 ? -1 : 1};
            for (int a = 0; a < 3; a++) {
                double value = MEAN[a];
                for (int b = 0; b < 3; b++) {
                    value += L[a * 3 + b] * u[b];
                }
                codes[i * 3 + a] = (float) value;
            }
        }
        FittedGaussian fitted = FittedGaussian.fit(Tensor.of(codes, 8, 3));
        for (int a = 0; a < 3; a++) {
            assertThat(fitted.mean()[a]).as("mean %d", a).isCloseTo(MEAN[a], within(1e-6));
        }
        // float32 codes and the 1e-6 * trace / d jitter move L by about 1e-6
        for (int i = 0; i < 9; i++) {
            assertThat(fitted.cholesky()[i]).as("L[%d]", i).isCloseTo(L[i], within(1e-5));
        }
    }

    @Test
    void samplesHaveTheGaussiansMeanAndCovarianceWithinSamplingError() {
        int n = 200_000;
        double[] z = new FittedGaussian(MEAN, L).sample(n, RandomSource.seeded(17)).toDoubleArray();
        double[] s = covariance(L);
        double[] sampleMean = new double[3];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                sampleMean[a] += z[i * 3 + a] / n;
            }
        }
        for (int a = 0; a < 3; a++) {
            // 4 standard errors, sqrt(S_aa / n)
            assertThat(sampleMean[a]).as("mean %d", a).isCloseTo(MEAN[a], within(4 * Math.sqrt(s[a * 3 + a] / n)));
        }
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b <= a; b++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += (z[i * 3 + a] - sampleMean[a]) * (z[i * 3 + b] - sampleMean[b]);
                }
                // the standard error of a Gaussian sample covariance: sqrt((S_aa S_bb + S_ab^2) / n)
                double error = Math.sqrt((s[a * 3 + a] * s[b * 3 + b] + s[a * 3 + b] * s[a * 3 + b]) / n);
                assertThat(sum / (n - 1)).as("covariance %d %d", a, b).isCloseTo(s[a * 3 + b], within(4 * error));
            }
        }
    }

    private static double[] covariance(double[] l) {
        double[] s = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                for (int k = 0; k < 3; k++) {
                    s[a * 3 + b] += l[a * 3 + k] * l[b * 3 + k];
                }
            }
        }
        return s;
    }
}
