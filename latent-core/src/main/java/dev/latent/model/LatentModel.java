package dev.latent.model;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.Map;

/** An encoder, a latent space and a decoder: the shape every autoencoder shares. */
public sealed interface LatentModel extends Generator permits Autoencoder, VariationalAutoencoder {
    /**
     * A training forward pass on x (B, C, H, W) with labels (B) int64 (read by a conditional model,
     * which needs them; ignored, and may be null, otherwise); {@code noise} feeds the VAE's sampling.
     */
    ModelOutput forward(Tensor x, Tensor labels, RandomSource noise);

    /** An unconditional model's forward pass. */
    default ModelOutput forward(Tensor x, RandomSource noise) {
        return forward(x, null, noise);
    }

    /** The deterministic code of each input, (B, d): the AE's code, the VAE's posterior mean. */
    Tensor encodeMean(Tensor x, Tensor labels);

    default Tensor encodeMean(Tensor x) {
        return encodeMean(x, null);
    }

    /** Decoder logits for codes z (B, d), given labels (B) for a conditional model. */
    Tensor decode(Tensor z, Tensor labels);

    @Override
    default Tensor decode(Tensor z) {
        return decode(z, null);
    }

    /**
     * Decoder logits (B, C, H, W) at the mean code of each input, with that encoder pass's
     * switches (if the decoder unpools): what "the reconstruction of x" means.
     */
    Tensor reconstruct(Tensor x, Tensor labels);

    default Tensor reconstruct(Tensor x) {
        return reconstruct(x, null);
    }

    /** A conditional model's number of classes, 0 for an unconditional one. */
    default int conditionClasses() {
        return config().conditionClasses();
    }

    /** Every trainable tensor, named {@code encoder.*} and {@code decoder.*}. */
    @Override
    Map<String, Tensor> parameters();
}
