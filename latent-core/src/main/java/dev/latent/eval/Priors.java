package dev.latent.eval;

import dev.latent.data.Dataset;
import dev.latent.data.Examples;
import dev.latent.model.FittedGaussian;
import dev.latent.model.Generator;
import dev.latent.model.LatentPrior;
import dev.latent.model.Autoencoder;

/** Where new codes come from for a trained model. */
public final class Priors {
    private Priors() {}

    /**
     * The prior a VAE is trained towards and a GAN's generator samples from, N(0, I); for an AE,
     * which has no prior, a Gaussian fitted to its codes of {@code train} (read only for an AE).
     */
    public static LatentPrior of(Generator model, Dataset train) {
        if (model instanceof Autoencoder autoencoder) {
            return FittedGaussian.fit(Inference.encodeMeans(autoencoder, Examples.images(train), Conditioning.labels(model, train)));
        }
        return new LatentPrior.StandardNormal(model.config().latentDim());
    }
}
