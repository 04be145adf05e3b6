package dev.latent.nn;

import java.util.SplittableRandom;

/**
 * Weight initialisation from a seeded Java generator, so that a model's starting point is the
 * same on every machine and independent of libtorch's random streams.
 */
public final class Initializer {
    private final SplittableRandom random;

    public Initializer(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * U(-1/sqrt(fanIn), 1/sqrt(fanIn)): PyTorch's default for linear and convolution layers
     * (kaiming_uniform with a = sqrt(5) gives this bound for the weights; the bias uses it too).
     */
    public Tensor uniformFanIn(long fanIn, long... shape) {
        double bound = 1.0 / Math.sqrt(fanIn);
        float[] values = new float[Math.toIntExact(Tensor.numel(shape))];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        }
        return Tensor.of(values, shape).requiresGrad();
    }
}
