package dev.latent.nn;

import java.util.SplittableRandom;

/**
 * Weight initialisation from a seeded Java generator, so that a model's starting point is the
 * same on every machine and independent of libtorch's random streams. Linear layers always get
 * PyTorch's default; convolutions get it too, or, for a GAN, the DCGAN recipe (Radford et al.
 * 2016, as in pytorch/examples): weights N(0, 0.02^2), biases 0.
 */
public final class Initializer {
    /** The DCGAN recipe's standard deviation for convolution weights. */
    public static final double DCGAN_STD = 0.02;

    private final SplittableRandom random;
    private final boolean dcganConvolutions;

    public Initializer(long seed) {
        this(seed, false);
    }

    private Initializer(long seed, boolean dcganConvolutions) {
        this.random = new SplittableRandom(seed);
        this.dcganConvolutions = dcganConvolutions;
    }

    /** Convolutions as in DCGAN (N(0, 0.02^2) weights, zero biases); linear layers as PyTorch's default. */
    public static Initializer dcgan(long seed) {
        return new Initializer(seed, true);
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

    /** A convolution's weight of {@code shape}: PyTorch's default, or N(0, 0.02^2) for DCGAN. */
    Tensor convolutionWeight(long fanIn, long... shape) {
        if (!dcganConvolutions) {
            return uniformFanIn(fanIn, shape);
        }
        float[] values = new float[Math.toIntExact(Tensor.numel(shape))];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * DCGAN_STD);
        }
        return Tensor.of(values, shape).requiresGrad();
    }

    /** A convolution's bias: PyTorch's default, or zeros for DCGAN. */
    Tensor convolutionBias(long fanIn, long channels) {
        return dcganConvolutions ? Tensor.zeros(channels).requiresGrad() : uniformFanIn(fanIn, channels);
    }
}
