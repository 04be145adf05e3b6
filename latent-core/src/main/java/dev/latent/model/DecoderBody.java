package dev.latent.model;

import dev.latent.nn.Tensor;
import java.util.Map;

/** The decoder's network: z (B, d) to logits (B, C, H, W); unpooling stages read {@code switches}. */
public interface DecoderBody {
    Tensor forward(Tensor z, Switches switches);

    Map<String, Tensor> parameters();
}
