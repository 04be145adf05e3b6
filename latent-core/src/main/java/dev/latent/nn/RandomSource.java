package dev.latent.nn;

import org.bytedeco.pytorch.Generator;
import org.bytedeco.pytorch.GeneratorOptional;
import org.bytedeco.pytorch.TensorVector;
import org.bytedeco.pytorch.global.torch;

/**
 * An explicit source of noise (Gaussian and uniform) (a seeded libtorch CPU generator), passed to whatever
 * needs randomness, so that a run is reproducible from its seed. The noise is drawn on the CPU and
 * moved to the {@link Engine#device() device}: the same seed gives the same noise on a GPU as on the
 * CPU (a GPU's own generator would not), at the cost of copying it across.
 */
public final class RandomSource {
    private final Generator generator;
    private long shardOffset;
    private long shardRows = -1;
    private long totalRows;

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

    /**
     * From now on, a draw whose first dimension is {@code rows} is drawn for {@code totalRows} rows and
     * cut to rows {@code offset} to {@code offset + rows}: one process of a data-parallel run, holding
     * that piece of the whole batch, sees the noise a single process of the whole batch gives those rows.
     */
    public void shardRows(long offset, long rows, long totalRows) {
        if (offset < 0 || rows < 1 || offset + rows > totalRows) {
            throw new IllegalArgumentException("rows " + offset + " to " + (offset + rows) + " are not a piece of " + totalRows + " rows");
        }
        this.shardOffset = offset;
        this.shardRows = rows;
        this.totalRows = totalRows;
    }

    /** Samples of N(0, 1) with the given shape. */
    public Tensor standardNormal(long... shape) {
        return Placement.onDevice(mine(torch.randn(drawn(shape), new GeneratorOptional(generator)), shape));
    }

    /** Samples of U[0, 1) with the given shape, from the same stream. */
    public Tensor uniform(long... shape) {
        return Placement.onDevice(mine(torch.rand(drawn(shape), new GeneratorOptional(generator)), shape));
    }

    private boolean sharded(long[] shape) {
        return shardRows > 0 && shape.length > 0 && shape[0] == shardRows && totalRows != shardRows;
    }

    private long[] drawn(long[] shape) {
        if (!sharded(shape)) {
            return shape;
        }
        long[] whole = shape.clone();
        whole[0] = totalRows;
        return whole;
    }

    private org.bytedeco.pytorch.Tensor mine(org.bytedeco.pytorch.Tensor drawn, long[] shape) {
        return sharded(shape) ? drawn.narrow(0, shardOffset, shardRows) : drawn;
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
            draws.push_back(standardNormal(rows, columns).handle);
        }
        return new Tensor(torch.cat(draws, 0));
    }
}
