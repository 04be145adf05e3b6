package dev.latent.nn;

import java.util.Map;

/** Parameter-free element-wise non-linearities. */
public enum Activation implements Layer {
    /** max(x, 0): the autoencoders' non-linearity. */
    RELU {
        @Override
        public Tensor forward(Tensor x) {
            return x.relu();
        }
    },
    /** max(x, 0) + 0.2 min(x, 0): the DCGAN discriminator's (Radford et al. 2016). */
    LEAKY_RELU {
        @Override
        public Tensor forward(Tensor x) {
            return x.leakyRelu(LEAKY_SLOPE);
        }
    };

    /** The negative slope of {@link #LEAKY_RELU}. */
    public static final double LEAKY_SLOPE = 0.2;

    @Override
    public Map<String, Tensor> parameters() {
        return Map.of();
    }
}
