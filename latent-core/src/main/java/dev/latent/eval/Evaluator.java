package dev.latent.eval;

import dev.latent.model.LatentModel;
import dev.latent.model.ModelOutput;
import dev.latent.objective.KlDivergence;
import dev.latent.objective.Likelihood;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;

/**
 * Computes the test numbers without autograd, in chunks so that memory stays bounded. The
 * VAE's one sample per image comes from a fixed seed, so evaluation is repeatable.
 */
public final class Evaluator {
    public static final int CHUNK = 1000;
    public static final long NOISE_SEED = 0x5EEDL;

    private Evaluator() {}

    /** Evaluates {@code model} on images (N, C, H, W) with values in [0, 1]. */
    public static Evaluation evaluate(LatentModel model, Likelihood likelihood, Tensor images) {
        RandomSource noise = RandomSource.seeded(NOISE_SEED);
        long count = images.size(0);
        double reconstruction = 0;
        double kl = 0;
        try (NoGrad noGrad = NoGrad.open()) {
            for (long from = 0; from < count; from += CHUNK) {
                try (TensorScope scope = TensorScope.open()) {
                    Tensor x = images.slice(from, Math.min(count, from + CHUNK));
                    ModelOutput output = model.forward(x, noise);
                    reconstruction += likelihood.negativeLogLikelihoodSum(output.reconstruction(), x).item();
                    if (output instanceof ModelOutput.Variational variational) {
                        kl += KlDivergence.toStandardNormal(variational.posterior()).sum().item();
                    }
                }
            }
        }
        return new Evaluation(reconstruction / count, kl / count, (reconstruction + kl) / count, count);
    }
}
