package dev.latent.model;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.Map;

/** An encoder, a latent space and a decoder: the shape every latent model shares. */
public sealed interface LatentModel permits Autoencoder, VariationalAutoencoder {
    /** A training forward pass on x (B, C, H, W); {@code noise} feeds the VAE's sampling. */
    ModelOutput forward(Tensor x, RandomSource noise);

    /** The deterministic code of each input, (B, d): the AE's code, the VAE's posterior mean. */
    Tensor encodeMean(Tensor x);

    /** Decoder logits (B, C, H, W) for codes z (B, d) that no encoder pass produced. */
    Tensor decode(Tensor z);

    /**
     * Decoder logits (B, C, H, W) at the mean code of each input, with that encoder pass's
     * switches (if the decoder unpools): what "the reconstruction of x" means.
     */
    Tensor reconstruct(Tensor x);

    /** Every trainable tensor, named {@code encoder.*} and {@code decoder.*}. */
    Map<String, Tensor> parameters();

    ModelConfig config();
}
