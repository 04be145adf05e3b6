package dev.latent.model;

import dev.latent.nn.Parameters;
import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generative adversarial network (Goodfellow et al. 2014): a generator G, the decoder of the
 * chosen architecture, maps z ~ N(0, I) to image logits; a discriminator D scores images as
 * real or generated. It has no encoder and no likelihood: it samples, and that is all.
 * Parameters are named {@code generator.*} and {@code discriminator.*}.
 */
public final class AdversarialNetwork implements Generator {
    private final ModelConfig config;
    private final Decoder generator;
    private final Discriminator discriminator;

    public AdversarialNetwork(ModelConfig config, Decoder generator, Discriminator discriminator) {
        this.config = config;
        this.generator = generator;
        this.discriminator = discriminator;
    }

    /** G(z): image logits (B, C, H, W); sigmoid gives the image. */
    @Override
    public Tensor decode(Tensor z) {
        return generator.decode(z);
    }

    /** The logit of D(x) for each image x (B, C, H, W) in [0, 1], (B). */
    public Tensor discriminate(Tensor x) {
        return discriminator.logits(x);
    }

    /** The generator's parameters, named {@code generator.*} as in {@link #parameters}. */
    public Map<String, Tensor> generatorParameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "generator", generator.parameters());
        return parameters;
    }

    /** The discriminator's parameters, named {@code discriminator.*}. */
    public Map<String, Tensor> discriminatorParameters() {
        Map<String, Tensor> parameters = new LinkedHashMap<>();
        Parameters.addAll(parameters, "discriminator", discriminator.parameters());
        return parameters;
    }

    @Override
    public Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = generatorParameters();
        parameters.putAll(discriminatorParameters());
        return parameters;
    }

    @Override
    public ModelConfig config() {
        return config;
    }
}
