package dev.latent.nn;

import java.util.Map;

/** A differentiable function with named parameters: the unit models are built from. */
public interface Layer {
    /** Applies the layer to a batch; the first dimension of {@code x} is the batch. */
    Tensor forward(Tensor x);

    /** The trainable tensors, by name, in a stable order (empty for activations). */
    Map<String, Tensor> parameters();
}
