package dev.latent.eval;

import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.model.Reparameterization;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Chunks;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import java.util.function.BinaryOperator;

/** Encoding and decoding many images without autograd, in chunks of bounded memory. */
public final class Inference {
    private Inference() {}

    /** The mean code of each image (N, d): the AE's code, the VAE's posterior mean. */
    public static Tensor encodeMeans(LatentModel model, Tensor images) {
        return encodeMeans(model, images, null);
    }

    /** As above, each image with its label (N) for a conditional model (null for others). */
    public static Tensor encodeMeans(LatentModel model, Tensor images, Tensor labels) {
        return codes(images, labels, model.config().latentDim(), model::encodeMean);
    }

    /** One sample z ~ q(z|x) per image (N, d), from a seeded noise source. */
    public static Tensor sampleCodes(VariationalAutoencoder model, Tensor images, long seed) {
        return sampleCodes(model, images, null, seed);
    }

    /** As above, each image with its label for a conditional model. */
    public static Tensor sampleCodes(VariationalAutoencoder model, Tensor images, Tensor labels, long seed) {
        RandomSource noise = RandomSource.seeded(seed);
        return codes(images, labels, model.config().latentDim(), (x, y) -> Reparameterization.sample(model.posterior(x, y), noise));
    }

    /** {@code encode} applied chunk by chunk (with the chunk's labels) without autograd, gathered into one (N, d) tensor. */
    private static Tensor codes(Tensor images, Tensor labels, int d, BinaryOperator<Tensor> encode) {
        float[] codes = Chunks.gatherFloats(images, Evaluator.CHUNK, d,
                (from, x) -> encode.apply(x, Chunks.alongside(labels, from, x)).toFloatArray());
        return Tensor.of(codes, images.size(0), d);
    }

    /** The likelihood's mean image of each input's reconstruction (at its mean code), (N, C, H, W) in [0, 1]. */
    public static float[] reconstructMeans(LatentModel model, Likelihood likelihood, Tensor images) {
        return reconstructMeans(model, likelihood, images, null);
    }

    /** As above, each image with its label for a conditional model. */
    public static float[] reconstructMeans(LatentModel model, Likelihood likelihood, Tensor images, Tensor labels) {
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            return likelihood.mean(model.reconstruct(images, labels)).toFloatArray();
        }
    }

    /** The likelihood's mean image E[x|z] for each code, (N, C, H, W) values in [0, 1]. */
    public static float[] decodeMeans(Generator model, Likelihood likelihood, Tensor z) {
        return decodeMeans(model, likelihood, z, null);
    }

    /** As above, a conditional model decoding each code with its label (N). */
    public static float[] decodeMeans(Generator model, Likelihood likelihood, Tensor z, Tensor labels) {
        try (NoGrad noGrad = NoGrad.open(); TensorScope scope = TensorScope.open()) {
            Tensor logits = model instanceof LatentModel autoencoder ? autoencoder.decode(z, labels) : model.decode(z);
            return likelihood.mean(logits).toFloatArray();
        }
    }
}
