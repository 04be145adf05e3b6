package dev.latent.model;

import dev.latent.nn.Tensor;
import java.util.Map;

/** The shared trunk of an encoder: x (B, C, H, W) to features (B, F), plus any pooling switches. */
public interface EncoderBody {
    Features forward(Tensor x);

    Map<String, Tensor> parameters();

    /**
     * The trunk's output.
     *
     * @param values (B, F)
     * @param switches pooling positions for an unpooling decoder, or {@link Switches#NONE}
     */
    record Features(Tensor values, Switches switches) {}
}
