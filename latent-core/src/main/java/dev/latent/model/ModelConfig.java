package dev.latent.model;

import dev.latent.data.ImageShape;

import dev.latent.InvalidInputException;

import java.util.List;

/**
 * How a model is built, checked when made and saved as JSON beside the weights.
 *
 * @param kind ae or vae
 * @param architecture how encoder and decoder are built
 * @param input the shape of one example (from the data, never hard-coded)
 * @param hidden hidden layer widths of the encoder's dense part; the decoder mirrors them
 * @param latentDim dimension d of the latent code z
 * @param channels conv blocks' output channels, each block halving H and W (empty for mlp)
 * @param upsample how the conv decoder upsamples (null for mlp)
 */
public record ModelConfig(ModelKind kind, Architecture architecture, ImageShape input, List<Integer> hidden, int latentDim,
        List<Integer> channels, Upsampling upsample) {
    public ModelConfig {
        if (kind == null || architecture == null || input == null || hidden == null) {
            throw new InvalidInputException("model config needs kind, architecture, input and hidden");
        }
        hidden = List.copyOf(hidden);
        for (int width : hidden) {
            if (width < 1 || width > 1_000_000) {
                throw InvalidInputException.of("hidden", "hidden widths must be between 1 and 1000000, got " + width);
            }
        }
        if (latentDim < 1 || latentDim > 100_000) {
            throw InvalidInputException.of("latentDim", "latent dimension must be between 1 and 100000, got " + latentDim);
        }
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (architecture == Architecture.CONV) {
            if (channels.isEmpty() || upsample == null) {
                throw InvalidInputException.of("channels", "a conv model needs channels (output channels per conv block, e.g. 32,64) and an upsampling (transposed, unpool or nearest)");
            }
            for (int c : channels) {
                if (c < 1 || c > 4096) {
                    throw InvalidInputException.of("channels", "conv channels must be between 1 and 4096, got " + c);
                }
            }
            ConvGeometry.bottleneck(input, channels.size()); // refuses sizes the blocks cannot halve
        } else if (!channels.isEmpty() || upsample != null) {
            throw InvalidInputException.of("channels", "channels and upsampling apply to conv models only");
        }
    }

    /** A dense (mlp) model. */
    public static ModelConfig dense(ModelKind kind, ImageShape input, List<Integer> hidden, int latentDim) {
        return new ModelConfig(kind, Architecture.MLP, input, hidden, latentDim, List.of(), null);
    }

    /** A convolutional model. */
    public static ModelConfig conv(ModelKind kind, ImageShape input, List<Integer> channels, List<Integer> hidden, int latentDim, Upsampling upsample) {
        return new ModelConfig(kind, Architecture.CONV, input, hidden, latentDim, channels, upsample);
    }
}
