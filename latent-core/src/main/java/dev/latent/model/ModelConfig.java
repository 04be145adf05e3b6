package dev.latent.model;

import dev.latent.data.ImageShape;

import dev.latent.InvalidInputException;

import java.util.List;

/**
 * How a model is built, checked when made and saved as JSON beside the weights.
 *
 * @param kind ae, vae or gan
 * @param architecture how encoder and decoder are built
 * @param input the shape of one example (from the data, never hard-coded)
 * @param hidden hidden layer widths of the encoder's dense part; the decoder mirrors them
 * @param latentDim dimension d of the latent code z
 * @param channels conv blocks' output channels, each block halving H and W (empty for mlp)
 * @param upsample how the conv decoder upsamples (null for mlp)
 * @param conditionClasses a conditional model's number of classes, whose one-hot label joins the
 *     encoder's features and the decoder's input (Sohn et al. 2015); 0 for an unconditional model
 */
public record ModelConfig(ModelKind kind, Architecture architecture, ImageShape input, List<Integer> hidden, int latentDim,
        List<Integer> channels, Upsampling upsample, int conditionClasses) {
    /** The most classes a conditional model takes. */
    public static final int MAX_CLASSES = 1000;

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
            if (kind == ModelKind.GAN && upsample == Upsampling.UNPOOL) {
                throw InvalidInputException.of("upsample", "a GAN's generator cannot unpool: unpooling puts values where an encoder pass found"
                        + " its maxima, and a generator has no encoder pass (no switches); use transposed or nearest");
            }
        } else if (!channels.isEmpty() || upsample != null) {
            throw InvalidInputException.of("channels", "channels and upsampling apply to conv models only");
        }
        if (conditionClasses != 0 && (conditionClasses < 2 || conditionClasses > MAX_CLASSES)) {
            throw InvalidInputException.of("conditional", "a conditional model needs between 2 and " + MAX_CLASSES + " classes, got " + conditionClasses);
        }
        if (conditionClasses != 0 && kind == ModelKind.GAN) {
            throw InvalidInputException.of("conditional", "conditioning on labels is for autoencoders (a conditional VAE or AE); a GAN takes none");
        }
    }

    /** An unconditional model. */
    public ModelConfig(ModelKind kind, Architecture architecture, ImageShape input, List<Integer> hidden, int latentDim,
            List<Integer> channels, Upsampling upsample) {
        this(kind, architecture, input, hidden, latentDim, channels, upsample, 0);
    }

    /** Whether labels join encoder and decoder. */
    public boolean conditional() {
        return conditionClasses > 0;
    }

    /** This model conditioned on {@code classes} labels (0: unconditional). */
    public ModelConfig withConditionClasses(int classes) {
        return new ModelConfig(kind, architecture, input, hidden, latentDim, channels, upsample, classes);
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
