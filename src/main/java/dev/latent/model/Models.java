package dev.latent.model;

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

    public static LatentModel build(ModelConfig config, long seed) {
        Initializer init = new Initializer(seed);
        int last = config.hidden().isEmpty() ? config.input().size() : config.hidden().get(config.hidden().size() - 1);
        Layer encoderBody = denseBody(config, init);
        Decoder decoder = denseDecoder(config, init);
        if (config.kind() == ModelKind.VAE) {
            GaussianEncoder encoder = new GaussianEncoder(encoderBody,
                    new Linear(last, config.latentDim(), init), new Linear(last, config.latentDim(), init));
            return new VariationalAutoencoder(config, encoder, decoder);
        }
        return new Autoencoder(config, new PointEncoder(encoderBody, new Linear(last, config.latentDim(), init)), decoder);
    }

    /** Flatten, then input -> hidden[0] -> ... -> hidden[n-1], ReLU after each. */
    private static Layer denseBody(ModelConfig config, Initializer init) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(config.input().size());
        sizes.addAll(config.hidden());
        List<Layer> layers = new ArrayList<>();
        layers.add(Flatten.INSTANCE);
        layers.addAll(Sequential.denseRelu(sizes, init));
        return new Sequential(layers);
    }

    /** The mirror: latent -> hidden[n-1] -> ... -> hidden[0] (ReLU) -> C*H*W logits. */
    private static Decoder denseDecoder(ModelConfig config, Initializer init) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(config.latentDim());
        List<Integer> reversed = new ArrayList<>(config.hidden());
        Collections.reverse(reversed);
        sizes.addAll(reversed);
        List<Layer> layers = new ArrayList<>(Sequential.denseRelu(sizes, init));
        layers.add(new Linear(sizes.get(sizes.size() - 1), config.input().size(), init));
        return new Decoder(new Sequential(layers), config.input());
    }
}
