package dev.latent.nn;

import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;

/**
 * An explicit source of noise (Gaussian and uniform) (a seeded libtorch CPU generator), passed to whatever
 * needs randomness, so that a run is reproducible from its seed.
 */
public final class RandomSource {
    private final Generator generator;

    private RandomSource(long seed) {
        Engine.start();
        this.generator = torch.make_generator_cpu(seed);
    }

    public static RandomSource seeded(long seed) {
        return new RandomSource(seed);
    }

    /** Restarts the stream from {@code seed}. */
    public void reseed(long seed) {
        generator.set_current_seed(seed);
    }

    /** Samples of N(0, 1) with the given shape. */
    public Tensor standardNormal(long... shape) {
        return new Tensor(torch.randn(shape, new GeneratorOptional(generator)));
    }

    /** Samples of U[0, 1) with the given shape, from the same stream. */
    public Tensor uniform(long... shape) {
        return new Tensor(torch.rand(shape, new GeneratorOptional(generator)));
    }

    /**
     * {@code count} consecutive draws of {@link #standardNormal}{@code (rows, columns)}, stacked
     * into (count * rows, columns): the same numbers however a longer run of draws is cut into
     * calls, which one larger draw does not promise.
     */
    public Tensor standardNormalDraws(int count, long rows, long columns) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        TensorVector draws = new TensorVector();
        for (int i = 0; i < count; i++) {
            draws.push_back(torch.randn(new long[] {rows, columns}, new GeneratorOptional(generator)));
        }
        return new Tensor(torch.cat(draws, 0));
    }
}
