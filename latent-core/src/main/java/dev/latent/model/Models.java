package dev.latent.model;

import dev.latent.nn.Activation;
import dev.latent.nn.Flatten;
import dev.latent.nn.Initializer;
import dev.latent.nn.Layer;
import dev.latent.nn.Linear;
import dev.latent.nn.Sequential;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds a model from its config; the weights are initialised from {@code seed}. */
public final class Models {
    private Models() {}

    /** An autoencoder (AE or VAE) as {@code config} says; a GAN is not one (see {@link #generator}). */
    public static LatentModel build(ModelConfig config, long seed) {
        return build(config, seed, 0);
    }

    /**
     * An autoencoder whose decoder also learns {@code variances} log-variances, as the
     * likelihood asks ({@code Likelihood.decoderVariances()}: one per numeric column of a table).
     */
    public static LatentModel build(ModelConfig config, long seed, int variances) {
        if (config.kind() == ModelKind.GAN) {
            throw new IllegalArgumentException("a GAN has no encoder, so it is no autoencoder: build it with Models.generator");
        }
        Initializer init = new Initializer(seed);
        EncoderBody body = trunk(config, init, Activation.RELU);
        int features = featureWidth(config) + config.conditionClasses(); // the heads read the features and the one-hot label
        Linear first = new Linear(features, config.latentDim(), init);
        if (config.kind() == ModelKind.VAE) {
            GaussianEncoder encoder = new GaussianEncoder(body, first, new Linear(features, config.latentDim(), init));
            return new VariationalAutoencoder(config, encoder, decoder(config, init, variances));
        }
        return new Autoencoder(config, new PointEncoder(body, first), decoder(config, init, variances));
    }

    /**
     * Any model as {@code config} says: an autoencoder, or a GAN whose generator is the decoder of
     * the architecture and whose discriminator is its encoder trunk with LeakyReLU(0.2) and one
     * logit, initialised as DCGAN (conv weights N(0, 0.02^2), zero conv biases).
     */
    public static Generator generator(ModelConfig config, long seed) {
        return generator(config, seed, 0);
    }

    /** As {@link #generator(ModelConfig, long)}, an autoencoder's decoder learning {@code variances} log-variances. */
    public static Generator generator(ModelConfig config, long seed, int variances) {
        if (config.kind() != ModelKind.GAN) {
            return build(config, seed, variances);
        }
        if (variances != 0) {
            throw new IllegalArgumentException("a GAN's generator has no likelihood, so no learned variances");
        }
        Initializer init = Initializer.dcgan(seed);
        Decoder generator = decoder(config, init, 0);
        Discriminator discriminator = new Discriminator(trunk(config, init, Activation.LEAKY_RELU), new Linear(featureWidth(config), 1, init));
        return new AdversarialNetwork(config, generator, discriminator);
    }

    private static EncoderBody trunk(ModelConfig config, Initializer init, Activation activation) {
        return config.architecture() == Architecture.CONV ? new ConvEncoderBody(config, init, activation) : denseBody(config, init, activation);
    }

    private static Decoder decoder(ModelConfig config, Initializer init, int variances) {
        DecoderBody body = config.architecture() == Architecture.CONV ? new ConvDecoderBody(config, init) : denseDecoder(config, init);
        return new Decoder(body, config.input(), variances);
    }

    /** The width of the trunk's output, which the latent heads read. */
    private static int featureWidth(ModelConfig config) {
        if (!config.hidden().isEmpty()) {
            return config.hidden().get(config.hidden().size() - 1);
        }
        return config.architecture() == Architecture.CONV ? ConvGeometry.flattenedSize(config) : config.input().size();
    }

    /** Flatten, then input -> hidden[0] -> ... -> hidden[n-1], {@code activation} after each. */
    private static EncoderBody denseBody(ModelConfig config, Initializer init, Activation activation) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(config.input().size());
        sizes.addAll(config.hidden());
        List<Layer> layers = new ArrayList<>();
        layers.add(Flatten.INSTANCE);
        layers.addAll(Sequential.dense(sizes, activation, init));
        return new DenseEncoderBody(new Sequential(layers));
    }

    /** The mirror: latent -> hidden[n-1] -> ... -> hidden[0] (ReLU) -> C*H*W logits. */
    private static DecoderBody denseDecoder(ModelConfig config, Initializer init) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(config.latentDim() + config.conditionClasses());
        List<Integer> reversed = new ArrayList<>(config.hidden());
        Collections.reverse(reversed);
        sizes.addAll(reversed);
        List<Layer> layers = new ArrayList<>(Sequential.denseRelu(sizes, init));
        layers.add(new Linear(sizes.get(sizes.size() - 1), config.input().size(), init));
        return new DenseDecoderBody(new Sequential(layers));
    }
}
