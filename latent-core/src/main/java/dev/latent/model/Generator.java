package dev.latent.model;

import dev.latent.nn.Tensor;
import java.util.Map;

/** Anything that decodes codes z into images: every model latent trains (AE, VAE, GAN). */
public sealed interface Generator permits LatentModel, AdversarialNetwork {
    /** Decoder logits (B, C, H, W) for codes z (B, d) that no encoder pass produced. */
    Tensor decode(Tensor z);

    /** Every trainable tensor, by name. */
    Map<String, Tensor> parameters();

    ModelConfig config();
}
