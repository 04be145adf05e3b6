package dev.latent.cli;

import dev.latent.model.LatentModel;
import dev.latent.model.Posterior;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.NoGrad;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import java.util.SplittableRandom;

/**
 * The numbers {@code latent evaluate} prints, computed again in plain Java from the model's
 * encoder and decoder alone (own sampling, own KL, own log-sum-exp, own histogram), so that a
 * wrong formula or a wrong argument on the CLI's path shows up as a disagreement.
 */
final class ReferenceNumbers {
    private static final int IMAGES_PER_CHUNK = 50;

    private ReferenceNumbers() {}

    /** KL(q(z|x) || N(0, I)) averaged over images, nats: 1/2 sum_j (mu_j^2 + sigma_j^2 - 1 - log sigma_j^2) (Kingma and Welling, Appendix B). */
    static double klNats(VariationalAutoencoder vae, Tensor images) {
        long n = images.size(0);
        double sum = 0;
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            Posterior q = vae.posterior(images);
            double[] mean = q.mean().toDoubleArray();
            double[] logVariance = q.logVariance().toDoubleArray();
            for (int i = 0; i < mean.length; i++) {
                sum += 0.5 * (mean[i] * mean[i] + Math.exp(logVariance[i]) - 1 - logVariance[i]);
            }
        }
        return sum / n;
    }

    /**
     * The importance-weighted estimate of -log p(x) (Burda et al. 2015) with K samples per image,
     * and how much it and a one-sample ELBO scatter from run to run.
     *
     * @param nllNats mean over images and repeats of -log (1/K) sum_k w_k, w = p(x|z) p(z) / q(z|x)
     * @param nllStandardError the standard error of one K-sample estimate averaged over the N images:
     *     sqrt(sum_i Var_i) / N, Var_i the variance of image i's estimate over the repeats
     * @param reconstructionStandardError the same for a one-sample E_q[-log p(x|z)] (how the ELBO is estimated)
     */
    record ImportanceEstimate(double nllNats, double nllStandardError, double reconstructionStandardError) {}

    /** {@code repeats} independent K-sample estimates of each image's -log p(x), from a seeded {@link SplittableRandom}. */
    static ImportanceEstimate importanceWeighted(VariationalAutoencoder vae, Likelihood likelihood, Tensor images, int k, int repeats, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = Math.toIntExact(images.size(0));
        int d = vae.config().latentDim();
        int samples = k * repeats;
        double nllSum = 0;
        double nllVariances = 0;
        double reconstructionVariances = 0;
        try (NoGrad noGrad = NoGrad.open()) {
            for (int from = 0; from < n; from += IMAGES_PER_CHUNK) {
                int b = Math.min(n, from + IMAGES_PER_CHUNK) - from;
                try (TensorScope scope = TensorScope.open()) {
                    Tensor x = images.slice(from, from + b);
                    Posterior q = vae.posterior(x);
                    double[] mean = q.mean().toDoubleArray(); // (b, d)
                    double[] logVariance = q.logVariance().toDoubleArray();
                    float[] z = new float[samples * b * d]; // row s * b + i: sample s of image i
                    double[] logPriorMinusLogPosterior = new double[samples * b];
                    for (int s = 0; s < samples; s++) {
                        for (int i = 0; i < b; i++) {
                            double logRatio = 0;
                            for (int j = 0; j < d; j++) {
                                double epsilon = gaussian(random);
                                double value = mean[i * d + j] + Math.exp(0.5 * logVariance[i * d + j]) * epsilon;
                                z[(s * b + i) * d + j] = (float) value;
                                // log N(z; 0, 1) - log N(z; mu, sigma^2), the 1/2 log 2 pi terms cancel
                                logRatio += -0.5 * value * value + 0.5 * epsilon * epsilon + 0.5 * logVariance[i * d + j];
                            }
                            logPriorMinusLogPosterior[s * b + i] = logRatio;
                        }
                    }
                    Tensor logits = vae.decode(Tensor.of(z, (long) samples * b, d));
                    double[] logPxGivenZ = likelihood.negativeLogLikelihood(logits, x.repeatRows(samples)).neg().toDoubleArray(); // (samples * b)
                    for (int i = 0; i < b; i++) {
                        double[] estimates = new double[repeats];
                        double[] reconstruction = new double[samples];
                        for (int r = 0; r < repeats; r++) {
                            double[] logWeights = new double[k];
                            for (int t = 0; t < k; t++) {
                                int row = (r * k + t) * b + i;
                                logWeights[t] = logPxGivenZ[row] + logPriorMinusLogPosterior[row];
                                reconstruction[r * k + t] = -logPxGivenZ[row];
                            }
                            estimates[r] = -(logSumExp(logWeights) - Math.log(k));
                        }
                        nllSum += mean(estimates);
                        nllVariances += variance(estimates);
                        reconstructionVariances += variance(reconstruction);
                    }
                }
            }
        }
        return new ImportanceEstimate(nllSum / n, Math.sqrt(nllVariances) / n, Math.sqrt(reconstructionVariances) / n);
    }

    /**
     * The class each image's probabilities (n, classes, row-major) favour: the argmax, ties to the
     * lower class.
     */
    static int[] argmaxPerRow(double[] probabilities, int classes) {
        int[] best = new int[probabilities.length / classes];
        for (int i = 0; i < best.length; i++) {
            for (int c = 1; c < classes; c++) {
                if (probabilities[i * classes + c] > probabilities[i * classes + best[i]]) {
                    best[i] = c;
                }
            }
        }
        return best;
    }

    /** The share of each class among {@code labels} (values 0 .. classes-1). */
    static double[] histogram(int[] labels, int classes) {
        double[] shares = new double[classes];
        for (int label : labels) {
            shares[label] += 1.0 / labels.length;
        }
        return shares;
    }

    /** -sum_c p_c log p_c, nats. */
    static double entropyNats(double[] shares) {
        double entropy = 0;
        for (double p : shares) {
            entropy -= p > 0 ? p * Math.log(p) : 0;
        }
        return entropy;
    }

    /**
     * The standard deviation of the plug-in entropy of a histogram of {@code n} draws from
     * {@code shares}: sqrt(Var(-log p_c) / n) (the delta method).
     */
    static double entropyStandardDeviation(double[] shares, int n) {
        double entropy = entropyNats(shares);
        double secondMoment = 0;
        for (double p : shares) {
            secondMoment += p > 0 ? p * Math.log(p) * Math.log(p) : 0;
        }
        return Math.sqrt(Math.max(0, secondMoment - entropy * entropy) / n);
    }

    /** The largest share among the labels: the accuracy of always guessing the commonest class. */
    static double chance(int[] labels, int classes) {
        double best = 0;
        for (double share : histogram(labels, classes)) {
            best = Math.max(best, share);
        }
        return best;
    }

    /** {@code count} codes from N(0, I), (count, d), from a seeded {@link SplittableRandom}. */
    static Tensor standardNormalCodes(LatentModel model, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int d = model.config().latentDim();
        float[] z = new float[count * d];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) gaussian(random);
        }
        return Tensor.of(z, count, d);
    }

    /** One N(0, 1) draw (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble(); // (0, 1]
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double logSumExp(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (double value : values) {
            sum += Math.exp(value - max);
        }
        return max + Math.log(sum);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** The unbiased sample variance. */
    private static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }
}
