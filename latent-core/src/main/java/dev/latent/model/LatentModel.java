package dev.latent.model;

import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.Map;

/** An encoder, a latent space and a decoder: the shape every autoencoder shares. */
public sealed interface LatentModel extends Generator permits Autoencoder, VariationalAutoencoder {
    /** A training forward pass on x (B, C, H, W); {@code noise} feeds the VAE's sampling. */
    ModelOutput forward(Tensor x, RandomSource noise);

    /** The deterministic code of each input, (B, d): the AE's code, the VAE's posterior mean. */
    Tensor encodeMean(Tensor x);

    @Override
    Tensor decode(Tensor z);

    /**
     * Decoder logits (B, C, H, W) at the mean code of each input, with that encoder pass's
     * switches (if the decoder unpools): what "the reconstruction of x" means.
     */
    Tensor reconstruct(Tensor x);

    /** Every trainable tensor, named {@code encoder.*} and {@code decoder.*}. */
    @Override
    Map<String, Tensor> parameters();
}
