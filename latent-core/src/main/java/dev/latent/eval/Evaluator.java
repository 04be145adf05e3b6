package dev.latent.eval;

import dev.latent.model.LatentModel;
import dev.latent.model.ModelOutput;
import dev.latent.objective.Corruption;
import dev.latent.objective.KlDivergence;
import dev.latent.objective.Likelihood;
import dev.latent.nn.Chunks;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;

/**
 * Computes the test numbers without autograd, in chunks so that memory stays bounded. The
 * VAE's one sample per image comes from a fixed seed, so evaluation is repeatable.
 */
public final class Evaluator {
    public static final int CHUNK = 1000;
    public static final long NOISE_SEED = 0x5EEDL;

    private Evaluator() {}

    /** Nats summed over the images so far, one chunk's float32 sum at a time, in double. */
    private static final class Sums {
        double reconstruction;
        double kl;
    }

    /** Evaluates {@code model} on images (N, C, H, W) with values in [0, 1]. */
    public static Evaluation evaluate(LatentModel model, Likelihood likelihood, Tensor images) {
        return evaluate(model, likelihood, images, null, null);
    }

    /**
     * As above, the encoder seeing each image corrupted by {@code corruption} (drawn from the same
     * fixed seed; null: none) while the likelihood scores the clean image: a denoiser's test;
     * {@code labels} (N) are a conditional model's (null for others).
     */
    public static Evaluation evaluate(LatentModel model, Likelihood likelihood, Tensor images, Tensor labels, Corruption corruption) {
        RandomSource noise = RandomSource.seeded(NOISE_SEED);
        long count = images.size(0);
        Sums sums = new Sums();
        Chunks.forEach(images, CHUNK, (from, x) -> {
            Tensor input = corruption == null ? x : corruption.apply(x, noise);
            ModelOutput output = model.forward(input, Chunks.alongside(labels, from, x), noise);
            sums.reconstruction += likelihood.negativeLogLikelihoodSum(output.reconstruction(), x).item();
            if (output instanceof ModelOutput.Variational variational) {
                sums.kl += KlDivergence.toStandardNormal(variational.posterior()).sum().item();
            }
        });
        return new Evaluation(sums.reconstruction / count, sums.kl / count, (sums.reconstruction + sums.kl) / count, count);
    }
}
