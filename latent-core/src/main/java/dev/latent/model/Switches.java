package dev.latent.model;

import dev.latent.nn.Tensor;
import java.util.List;

/**
 * The argmax positions of each max-pooling stage of an encoder (SegNet / Zeiler-Fergus
 * "switches"), in encoder order: the unpooling decoder puts values back where the maxima were.
 * Empty when the encoder does not pool, or when decoding codes that no encoder pass produced.
 */
public record Switches(List<Tensor> stages) {
    public static final Switches NONE = new Switches(List.of());

    public Switches {
        stages = List.copyOf(stages);
    }

    public boolean present() {
        return !stages.isEmpty();
    }
}
