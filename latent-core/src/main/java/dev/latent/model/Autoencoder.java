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

    public Autoencoder(ModelConfig config, PointEncoder encoder, Decoder decoder) {
        this.config = config;
        this.encoder = encoder;
        this.decoder = decoder;
    }

    @Override
    public ModelOutput forward(Tensor x, RandomSource noise) {
        EncoderBody.Features features = encoder.features(x);
        Tensor z = encoder.code(features);
        return new ModelOutput.Autoencoded(decoder.decode(z, features.switches()), z);
    }

    @Override
    public Tensor encodeMean(Tensor x) {
        return encoder.encode(x);
    }

    @Override
    public Tensor decode(Tensor z) {
        return decoder.decode(z);
    }

    @Override
    public Tensor reconstruct(Tensor x) {
        return forward(x, null).reconstruction();
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
