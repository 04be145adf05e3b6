package dev.latent.model;

import dev.latent.nn.Parameters;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/** A deterministic autoencoder: {@code x -> z = e(x) -> d(z)}. One point per input. */
public final class Autoencoder implements LatentModel {
    private final ModelConfig config;
    private final PointEncoder encoder;
    private final Decoder decoder;
    private final Condition condition;

    public Autoencoder(ModelConfig config, PointEncoder encoder, Decoder decoder) {
        this.config = config;
        this.encoder = encoder;
        this.decoder = decoder;
        this.condition = new Condition(config.conditionClasses());
    }

    @Override
    public ModelOutput forward(Tensor x, Tensor labels, RandomSource noise) {
        EncoderBody.Features features = encoder.features(x);
        Tensor z = encoder.code(condition.join(features, labels));
        return new ModelOutput.Autoencoded(decoder.decode(condition.join(z, labels), features.switches()), z);
    }

    @Override
    public Tensor encodeMean(Tensor x, Tensor labels) {
        return encoder.code(condition.join(encoder.features(x), labels));
    }

    @Override
    public Tensor decode(Tensor z, Tensor labels) {
        return decoder.decode(condition.join(z, labels));
    }

    @Override
    public Tensor reconstruct(Tensor x, Tensor labels) {
        return forward(x, labels, null).reconstruction();
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
