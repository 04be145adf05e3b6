package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Upsampling;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that say which model to build. */
final class ModelOptions {
    enum KindOption { ae, vae }

    enum ArchOption { mlp, conv }

    enum UpsampleOption { transposed, unpool, nearest }

    @Option(names = "--model", defaultValue = "vae", description = "ae (deterministic) or vae (variational). Default: ${DEFAULT-VALUE}.")
    KindOption kind;

    @Option(names = "--arch", defaultValue = "mlp", description = "Architecture: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ArchOption arch;

    @Option(names = "--hidden", paramLabel = "W[,W...]",
            description = "Hidden dense widths of the encoder (after the conv blocks for conv), comma separated; the decoder mirrors them. "
                    + "Default: 400 for mlp, 256 for conv.")
    String hidden;

    @Option(names = "--channels", defaultValue = "32,64", paramLabel = "C[,C...]",
            description = "conv only: output channels of each encoder block; each block halves height and width. Default: ${DEFAULT-VALUE}.")
    String channels;

    @Option(names = "--upsample", defaultValue = "transposed",
            description = {"conv only: how the decoder doubles height and width: transposed (learned 4x4 transposed convolutions), "
                    + "unpool (max-unpooling with the encoder's pooling switches, then a 3x3 convolution) or nearest (nearest-neighbour, then a 3x3 convolution). "
                    + "Default: ${DEFAULT-VALUE}.",
                "With unpool, the switches carry where each maximum was from x to the decoder, outside z: reconstructions get that help "
                    + "(so their nats are not a bound through z alone), and decoding a prior sample has no switches, so each value goes to the top-left of its 2x2 window."})
    UpsampleOption upsample;

    @Option(names = "--latent-dim", defaultValue = "20", description = "Latent dimension d. Default: ${DEFAULT-VALUE}.")
    int latentDim;

    ModelConfig modelConfig(ImageShape input) {
        ModelKind modelKind = kind == KindOption.ae ? ModelKind.AE : ModelKind.VAE;
        if (arch == ArchOption.conv) {
            Upsampling mode = Upsampling.valueOf(upsample.name().toUpperCase(java.util.Locale.ROOT));
            return ModelConfig.conv(modelKind, input, widths("--channels", channels), widths("--hidden", hidden == null ? "256" : hidden), latentDim, mode);
        }
        return ModelConfig.dense(modelKind, input, widths("--hidden", hidden == null ? "400" : hidden), latentDim);
    }

    private static List<Integer> widths(String option, String text) {
        List<Integer> widths = new ArrayList<>();
        if (text.isBlank()) {
            return widths;
        }
        for (String part : text.split(",")) {
            try {
                widths.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(option + " takes comma-separated whole numbers such as 400 or 32,64; got '" + text + "'");
            }
        }
        return widths;
    }
}
