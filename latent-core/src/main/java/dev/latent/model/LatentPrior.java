package dev.latent.model;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;

/** Where new codes come from when sampling: the VAE's prior, or a Gaussian fitted to AE codes. */
public sealed interface LatentPrior permits LatentPrior.StandardNormal, FittedGaussian {
    /** {@code count} codes (count, d). */
    Tensor sample(int count, RandomSource noise);

    /** One sentence for the user saying what this prior is. */
    String describe();

    /** p(z) = N(0, I): the prior a VAE is trained towards. */
    record StandardNormal(int dimension) implements LatentPrior {
        @Override
        public Tensor sample(int count, RandomSource noise) {
            return noise.standardNormal(count, dimension);
        }

        @Override
        public String describe() {
            return "z ~ N(0, I), the prior a VAE is trained towards and a GAN generates from";
        }
    }
}
