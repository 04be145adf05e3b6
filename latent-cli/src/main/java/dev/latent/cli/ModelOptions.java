package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.model.Architecture;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Upsampling;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that say which model to build; they bind the domain's own types (see {@link Main}'s converters). */
final class ModelOptions {
    @Option(names = "--model", defaultValue = "vae", paramLabel = "ae|vae", description = "ae (deterministic) or vae (variational). Default: ${DEFAULT-VALUE}.")
    ModelKind kind;

    @Option(names = "--arch", defaultValue = "mlp", paramLabel = "mlp|conv", description = "Architecture: mlp (dense) or conv. Default: ${DEFAULT-VALUE}.")
    Architecture arch;

    @Option(names = "--hidden", split = ",", paramLabel = "W[,W...]",
            description = "Hidden dense widths of the encoder (after the conv blocks for conv), comma separated; the decoder mirrors them. "
                    + "Default: 400 for mlp, 256 for conv, 128 for tables.")
    List<Integer> hidden;

    @Option(names = "--channels", split = ",", defaultValue = "32,64", paramLabel = "C[,C...]",
            description = "conv only: output channels of each encoder block; each block halves height and width. Default: ${DEFAULT-VALUE}.")
    List<Integer> channels;

    @Option(names = "--upsample", defaultValue = "transposed", paramLabel = "transposed|unpool|nearest",
            description = {"conv only: how the decoder doubles height and width: transposed (learned 4x4 transposed convolutions), "
                    + "unpool (max-unpooling with the encoder's pooling switches, then a 3x3 convolution) or nearest (nearest-neighbour, then a 3x3 convolution). "
                    + "Default: ${DEFAULT-VALUE}.",
                "With unpool, the switches carry where each maximum was from x to the decoder, outside z: reconstructions get that help "
                    + "(so their nats are not a bound through z alone), and decoding a prior sample has no switches, so each value goes to the top-left of its 2x2 window."})
    Upsampling upsample;

    @Option(names = "--latent-dim", paramLabel = "D", description = "Latent dimension d. Default: 20 (8 for tables).")
    Integer latentDim;

    @Option(names = "--conditional", description = "A conditional model (Sohn et al. 2015): the one-hot label joins the encoder's features and the "
            + "decoder's input, so samples can be asked for a class (latent sample --label N). Needs labelled images.")
    boolean conditional;

    static final int TABLE_HIDDEN = 128;
    static final int TABLE_LATENT_DIM = 8;

    ModelConfig modelConfig(ImageShape input) {
        int d = latentDim == null ? 20 : latentDim;
        if (arch == Architecture.CONV) {
            return ModelConfig.conv(kind, input, channels, hidden == null ? List.of(256) : hidden, d, upsample);
        }
        return ModelConfig.dense(kind, input, hidden == null ? List.of(400) : hidden, d);
    }

    /** The model of {@code split}'s images; with --conditional, conditioned on its classes (the largest training label + 1). */
    ModelConfig modelConfig(dev.latent.data.Split split) {
        ModelConfig config = modelConfig(split.shape());
        if (!conditional) {
            return config;
        }
        if (split.train().isTable()) {
            throw InvalidInputException.of("conditional", "--conditional is for images; a table's label column stays out of its inputs");
        }
        if (!split.train().hasLabels()) {
            throw InvalidInputException.of("conditional", "--conditional needs labelled images (IDX label files, or class subfolders); "
                    + split.train().name() + " has none");
        }
        int classes = java.util.Arrays.stream(split.train().labels()).max().orElse(0) + 1;
        return config.withConditionClasses(Math.max(2, classes));
    }

    /** A dense model of table rows of {@code input}'s width; refuses conv, which needs image geometry. */
    ModelConfig tableConfig(ImageShape input) {
        if (arch == Architecture.CONV) {
            throw InvalidInputException.of("arch", "a table row has no height and width to convolve; use --arch mlp for tables");
        }
        return ModelConfig.dense(kind, input, hidden == null ? List.of(TABLE_HIDDEN) : hidden, latentDim == null ? TABLE_LATENT_DIM : latentDim);
    }
}
