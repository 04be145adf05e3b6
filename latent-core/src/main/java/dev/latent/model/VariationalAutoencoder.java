package dev.latent.model;

import dev.latent.nn.Parameters;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variational autoencoder (Kingma and Welling 2014): the encoder gives q(z|x) = N(mean,
 * sigma^2), z is sampled with the reparameterisation trick, the decoder gives p(x|z). A beta-VAE
 * is this same model under an objective with another KL weight.
 */
public final class VariationalAutoencoder implements LatentModel {
    private final ModelConfig config;
    private final GaussianEncoder encoder;
    private final Decoder decoder;

    public VariationalAutoencoder(ModelConfig config, GaussianEncoder encoder, Decoder decoder) {
        this.config = config;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    @Override
    public ModelOutput forward(Tensor x, RandomSource noise) {
        EncoderBody.Features features = encoder.features(x);
        Posterior posterior = encoder.posterior(features);
        Tensor z = Reparameterization.sample(posterior, noise); // (B, d)
        return new ModelOutput.Variational(decoder.decode(z, features.switches()), posterior.mean(), posterior.logVariance(), z);
    }

    /** The posterior q(z|x) of each input. */
    public Posterior posterior(Tensor x) {
        return encoder.encode(x);
    }

    /** The encoder trunk's features and switches for x. */
    public EncoderBody.Features features(Tensor x) {
        return encoder.features(x);
    }

    /** q(z|x) from the trunk's features. */
    public Posterior posterior(EncoderBody.Features features) {
        return encoder.posterior(features);
    }

    public Decoder decoder() {
        return decoder;
    }

    @Override
    public Tensor encodeMean(Tensor x) {
        return encoder.encode(x).mean();
    }

    @Override
    public Tensor decode(Tensor z) {
        return decoder.decode(z);
    }

    @Override
    public Tensor reconstruct(Tensor x) {
        EncoderBody.Features features = encoder.features(x);
        return decoder.decode(encoder.posterior(features).mean(), features.switches());
    }

    @Override
    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "encoder", encoder.parameters());
        Parameters.addAll(parameters, "decoder", decoder.parameters());
        return parameters;
    }

    @Override
    public ModelConfig config() {
        return config;
    }
}
