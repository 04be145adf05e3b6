package dev.latent.eval;

import dev.latent.model.LatentModel;
import dev.latent.model.Reparameterization;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Chunks;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import java.util.function.UnaryOperator;

/** Encoding and decoding many images without autograd, in chunks of bounded memory. */
public final class Inference {
    private Inference() {}

    /** The mean code of each image (N, d): the AE's code, the VAE's posterior mean. */
    public static Tensor encodeMeans(LatentModel model, Tensor images) {
        return codes(images, model.config().latentDim(), model::encodeMean);
    }

    /** One sample z ~ q(z|x) per image (N, d), from a seeded noise source. */
    public static Tensor sampleCodes(VariationalAutoencoder model, Tensor images, long seed) {
        RandomSource noise = RandomSource.seeded(seed);
        return codes(images, model.config().latentDim(), x -> Reparameterization.sample(model.posterior(x), noise));
    }

    /** {@code encode} applied chunk by chunk without autograd, gathered into one (N, d) tensor. */
    private static Tensor codes(Tensor images, int d, UnaryOperator<Tensor> encode) {
        float[] codes = Chunks.gatherFloats(images, Evaluator.CHUNK, d, x -> encode.apply(x).toFloatArray());
        return Tensor.of(codes, images.size(0), d);
    }

    /** The likelihood's mean image of each input's reconstruction (at its mean code), (N, C, H, W) in [0, 1]. */
    public static float[] reconstructMeans(LatentModel model, Likelihood likelihood, Tensor images) {
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            return likelihood.mean(model.reconstruct(images)).toFloatArray();
        }
    }

    /** The likelihood's mean image E[x|z] for each code, (N, C, H, W) values in [0, 1]. */
    public static float[] decodeMeans(LatentModel model, Likelihood likelihood, Tensor z) {
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            return likelihood.mean(model.decode(z)).toFloatArray();
        }
    }
}
