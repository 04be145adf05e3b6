package dev.latent.eval;

import dev.latent.InvalidInputException;
import dev.latent.model.EncoderBody;
import dev.latent.model.Posterior;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Chunks;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.ImportanceWeights;
import dev.latent.objective.Likelihood;

/**
 * The importance-weighted bound on log p(x) (Burda, Grosse and Salakhutdinov 2015):
 * {@code log p(x) >= log (1/K) sum_k p(x|z_k) p(z_k) / q(z_k|x)}, z_k ~ q(z|x). K = 1 is the
 * ELBO; the bound tightens as K grows. The K log-weights of each image are folded into a running
 * log-sum-exp block by block, so memory stays bounded whatever K is.
 */
public final class ImportanceSampling {
    /**
     * Images per chunk, and samples decoded per block. A block's temporaries (about 20 KB per
     * decode for 784 pixels) are freed when it ends; glibc hands a freed top of the heap back to
     * the kernel once it exceeds its trim threshold, which {@code Engine} raises to about 62 MB,
     * and the next block would fault the pages in again. 2,000 decodes stay under it. Measured for
     * K=1000 on the 10,000 Fashion-MNIST test images after a training epoch (dense 784-400-20, 2
     * cores): one scope per 100-image chunk, 5,000 decodes per block: 71 s, 2.26 GB peak RSS; one
     * scope per block of 1,000 without the raised threshold: 139 s (70 s in the kernel, 40
     * million page faults); with it, 2,000 per block: 66 s, 0.76 GB, 0.2 million faults.
     */
    static final int IMAGES_PER_CHUNK = 100;
    static final int DECODES_PER_BLOCK = 2_000;

    private ImportanceSampling() {}

    /** The bound for each image, log p(x) in nats (N values). */
    public static double[] logLikelihoods(VariationalAutoencoder model, Likelihood likelihood, Tensor images, int k, long seed) {
        return logLikelihoods(model, likelihood, images, null, k, seed, DECODES_PER_BLOCK);
    }

    /** As above for a conditional model: log p(x|y) of each image given its label (N). */
    public static double[] logLikelihoods(VariationalAutoencoder model, Likelihood likelihood, Tensor images, Tensor labels, int k, long seed) {
        return logLikelihoods(model, likelihood, images, labels, k, seed, DECODES_PER_BLOCK);
    }

    /** As above, with {@code decodesPerBlock} samples decoded at once (the result does not depend on it). */
    static double[] logLikelihoods(VariationalAutoencoder model, Likelihood likelihood, Tensor images, int k, long seed, int decodesPerBlock) {
        return logLikelihoods(model, likelihood, images, null, k, seed, decodesPerBlock);
    }

    private static double[] logLikelihoods(VariationalAutoencoder model, Likelihood likelihood, Tensor images, Tensor labels, int k, long seed,
            int decodesPerBlock) {
        if (k < 1) {
            throw new InvalidInputException("the number of importance samples must be >= 1, got " + k);
        }
        RandomSource noise = RandomSource.seeded(seed);
        return Chunks.gatherDoubles(images, IMAGES_PER_CHUNK, 1,
                (from, x) -> chunk(model, likelihood, x, Chunks.alongside(labels, from, x), k, noise, decodesPerBlock));
    }

    /** Negative mean of {@link #logLikelihoods}: nats per image. */
    public static double negativeLogLikelihoodNats(VariationalAutoencoder model, Likelihood likelihood, Tensor images, int k, long seed) {
        return negativeLogLikelihoodNats(model, likelihood, images, null, k, seed);
    }

    /** As above, each image given its label (a conditional model's; null for others). */
    public static double negativeLogLikelihoodNats(VariationalAutoencoder model, Likelihood likelihood, Tensor images, Tensor labels, int k,
            long seed) {
        double sum = 0;
        for (double value : logLikelihoods(model, likelihood, images, labels, k, seed)) {
            sum += value;
        }
        return -sum / images.size(0);
    }

    /**
     * The bound for each image of one chunk. Each block of samples runs in its own scope and
     * leaves only its B log-sum-exps, folded into the running totals in double precision: the
     * chunk's memory is one block's, whatever K is (with one scope per chunk, the K/s blocks'
     * temporaries all lived until the chunk ended, 2.2 GB at K=1000).
     */
    private static double[] chunk(VariationalAutoencoder model, Likelihood likelihood, Tensor x, Tensor labels, int k, RandomSource noise,
            int decodesPerBlock) {
        long b = x.size(0);
        EncoderBody.Features features = model.features(x);
        Posterior q = model.posterior(features, labels);
        int perBlock = (int) Math.max(1, Math.min(k, decodesPerBlock / b));
        double[] total = null; // log sum of the weights so far, per image
        for (int done = 0; done < k; done += perBlock) {
            int s = Math.min(perBlock, k - done);
            double[] block;
            try (TensorScope scope = TensorScope.open()) {
                Tensor epsilon = noise.standardNormalDraws(s, b, q.mean().size(1)); // rows: sample-major, then image; one draw per sample
                block = ImportanceWeights.logWeights(model, likelihood, x, labels, q, features.switches(), epsilon).logSumExp(0).toDoubleArray(); // (s, B) -> B
            }
            if (total == null) {
                total = block;
            } else {
                for (int i = 0; i < total.length; i++) {
                    total[i] = logAddExp(total[i], block[i]);
                }
            }
        }
        for (int i = 0; i < total.length; i++) {
            total[i] -= Math.log(k);
        }
        return total;
    }

    /** log(e^a + e^b) without overflow. */
    static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double max = Math.max(a, b);
        return max + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
