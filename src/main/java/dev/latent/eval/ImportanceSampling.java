package dev.latent.eval;

import dev.latent.InvalidInputException;
import dev.latent.model.EncoderBody;
import dev.latent.model.Posterior;
import dev.latent.model.Switches;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import java.util.ArrayList;
import java.util.List;

/**
 * The importance-weighted bound on log p(x) (Burda, Grosse and Salakhutdinov 2015):
 * {@code log p(x) >= log (1/K) sum_k p(x|z_k) p(z_k) / q(z_k|x)}, z_k ~ q(z|x). K = 1 is the
 * ELBO; the bound tightens as K grows. The K log-weights of each image are folded into a running
 * log-sum-exp block by block, so memory stays bounded whatever K is.
 */
public final class ImportanceSampling {
    private static final double LOG_2PI = Math.log(2 * Math.PI);
    /** Images per chunk and decoded samples per block: 5,000 decodes keep each temporary at 16 MB (784 pixels), under glibc's 32 MB mmap threshold, so blocks reuse heap memory instead of faulting in fresh pages (20,000 took 151 s for K=1000 on 10,000 images, with 88 s in the kernel). */
    static final int IMAGES_PER_CHUNK = 100;
    static final int DECODES_PER_BLOCK = 5_000;

    private ImportanceSampling() {}

    /** The bound for each image, log p(x) in nats (N values). */
    public static double[] logLikelihoods(VariationalAutoencoder model, Likelihood likelihood, Tensor images, int k, long seed) {
        if (k < 1) {
            throw new InvalidInputException("the number of importance samples must be >= 1, got " + k);
        }
        RandomSource noise = RandomSource.seeded(seed);
        int count = Math.toIntExact(images.size(0));
        double[] out = new double[count];
        try (NoGrad noGrad = NoGrad.open()) {
            for (int from = 0; from < count; from += IMAGES_PER_CHUNK) {
                int to = Math.min(count, from + IMAGES_PER_CHUNK);
                try (TensorScope scope = TensorScope.open()) {
                    double[] chunk = chunk(model, likelihood, images.slice(from, to), k, noise).toDoubleArray();
                    System.arraycopy(chunk, 0, out, from, chunk.length);
                }
            }
        }
        return out;
    }

    /** Negative mean of {@link #logLikelihoods}: nats per image. */
    public static double negativeLogLikelihoodNats(VariationalAutoencoder model, Likelihood likelihood, Tensor images, int k, long seed) {
        double sum = 0;
        for (double value : logLikelihoods(model, likelihood, images, k, seed)) {
            sum += value;
        }
        return -sum / images.size(0);
    }

    private static Tensor chunk(VariationalAutoencoder model, Likelihood likelihood, Tensor x, int k, RandomSource noise) {
        long b = x.size(0);
        EncoderBody.Features features = model.features(x);
        Posterior q = model.posterior(features);
        int perBlock = (int) Math.max(1, Math.min(k, DECODES_PER_BLOCK / b));
        Tensor total = null; // (B): log sum of the weights so far
        for (int done = 0; done < k; done += perBlock) {
            int s = Math.min(perBlock, k - done);
            Tensor logWeights = logWeights(model, likelihood, x, q, features.switches(), s, noise); // (s, B)
            Tensor blockTotal = logWeights.logSumExp(0);
            total = total == null ? blockTotal : total.logAddExp(blockTotal);
        }
        return total.add(-Math.log(k));
    }

    /** log p(x|z) + log p(z) - log q(z|x) for s samples of each image, (s, B). */
    private static Tensor logWeights(VariationalAutoencoder model, Likelihood likelihood, Tensor x, Posterior q, Switches switches, int s, RandomSource noise) {
        long b = x.size(0);
        long d = q.mean().size(1);
        Tensor epsilon = noise.standardNormal(s * b, d); // rows: sample-major, then image
        Tensor mean = q.mean().repeatRows(s);
        Tensor logVariance = q.logVariance().repeatRows(s);
        Tensor z = mean.add(logVariance.mul(0.5).exp().mul(epsilon)); // (s*B, d)
        Tensor logits = model.decoder().decode(z, repeat(switches, s));
        Tensor logPxGivenZ = likelihood.negativeLogLikelihood(logits, x.repeatRows(s)).neg(); // (s*B)
        Tensor logPz = z.square().sum(1).mul(-0.5).add(-0.5 * d * LOG_2PI);
        Tensor logQz = epsilon.square().sum(1).add(logVariance.sum(1)).mul(-0.5).add(-0.5 * d * LOG_2PI);
        return logPxGivenZ.add(logPz).sub(logQz).reshape(s, b);
    }

    private static Switches repeat(Switches switches, int s) {
        List<Tensor> stages = new ArrayList<>();
        for (Tensor stage : switches.stages()) {
            stages.add(stage.repeatRows(s));
        }
        return new Switches(stages);
    }
}
