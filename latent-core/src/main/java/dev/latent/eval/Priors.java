package dev.latent.eval;

import dev.latent.data.Dataset;
import dev.latent.data.Examples;
import dev.latent.model.FittedGaussian;
import dev.latent.model.LatentModel;
import dev.latent.model.LatentPrior;
import dev.latent.model.VariationalAutoencoder;

/** Where new codes come from for a trained model. */
public final class Priors {
    private Priors() {}

    /**
     * The VAE's N(0, I); for an AE, which has no prior, a Gaussian fitted to its codes of
     * {@code train} (read only for an AE).
     */
    public static LatentPrior of(LatentModel model, Dataset train) {
        if (model instanceof VariationalAutoencoder) {
            return new LatentPrior.StandardNormal(model.config().latentDim());
        }
        return FittedGaussian.fit(Inference.encodeMeans(model, Examples.images(train)));
    }
}
