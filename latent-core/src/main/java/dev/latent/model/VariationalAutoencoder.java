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
    private final Condition condition;

    public VariationalAutoencoder(ModelConfig config, GaussianEncoder encoder, Decoder decoder) {
        this.config = config;
        this.encoder = encoder;
        this.decoder = decoder;
        this.condition = new Condition(config.conditionClasses());
    }

    @Override
    public ModelOutput forward(Tensor x, Tensor labels, RandomSource noise) {
        EncoderBody.Features features = encoder.features(x);
        Posterior posterior = posterior(features, labels);
        Tensor z = Reparameterization.sample(posterior, noise); // (B, d)
        return new ModelOutput.Variational(decode(z, labels, features.switches()), posterior.mean(), posterior.logVariance(), z);
    }

    /** The posterior q(z|x) (q(z|x, y) for a conditional model) of each input. */
    public Posterior posterior(Tensor x, Tensor labels) {
        return posterior(encoder.features(x), labels);
    }

    public Posterior posterior(Tensor x) {
        return posterior(x, null);
    }

    /** The encoder trunk's features and switches for x. */
    public EncoderBody.Features features(Tensor x) {
        return encoder.features(x);
    }

    /** q(z|x, y) from the trunk's features. */
    public Posterior posterior(EncoderBody.Features features, Tensor labels) {
        return encoder.posterior(condition.join(features, labels));
    }

    public Posterior posterior(EncoderBody.Features features) {
        return posterior(features, null);
    }

    /** Decoder logits for codes z with the labels (a conditional model's) and an encoder pass's switches. */
    public Tensor decode(Tensor z, Tensor labels, Switches switches) {
        return decoder.decode(condition.join(z, labels), switches);
    }

    @Override
    public Tensor encodeMean(Tensor x, Tensor labels) {
        return posterior(x, labels).mean();
    }

    @Override
    public Tensor decode(Tensor z, Tensor labels) {
        return decoder.decode(condition.join(z, labels));
    }

    @Override
    public Tensor reconstruct(Tensor x, Tensor labels) {
        EncoderBody.Features features = encoder.features(x);
        return decode(posterior(features, labels).mean(), labels, features.switches());
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
