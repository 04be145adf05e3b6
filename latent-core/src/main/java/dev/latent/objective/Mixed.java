package dev.latent.objective;

import dev.latent.data.ImageShape;
import dev.latent.data.table.TableLayout;
import dev.latent.data.table.TableLayout.Block;
import dev.latent.data.table.TableLayout.Kind;
import dev.latent.nn.Columns;
import dev.latent.nn.CrossEntropy;
import dev.latent.nn.Rows;
import dev.latent.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The likelihood of a table row, one factor per column, in nats:
 * <ul>
 *   <li>a numeric column's standardised value: Gaussian with the decoder's mean and a learned
 *       variance per column, {@code 0.5 (log 2 pi + log s^2 + (x - mu)^2 / s^2)};
 *   <li>its was-missing indicator: Bernoulli from a logit;
 *   <li>a categorical or boolean column: categorical from the softmax of its block of logits,
 *       {@code -log softmax(l)_x}.
 * </ul>
 * The decoder's output is (B, D + G): D logits in the layout's feature order, then G learned
 * log-variances, one per Gaussian feature, that do not depend on z. The log-variance is clamped to
 * [{@link #MIN_LOG_VARIANCE}, {@link #MAX_LOG_VARIANCE}]: a column the decoder reproduces almost
 * exactly would otherwise drive its variance to 0 and its log-likelihood to +infinity, letting one
 * column dominate every score; the floor is a standard deviation of 1% of the column's.
 *
 * @param layout the encoded row's blocks
 */
public record Mixed(TableLayout layout) implements Likelihood {
    /** log(0.01^2): a standard deviation of at least 1% of the column's training standard deviation. */
    public static final double MIN_LOG_VARIANCE = 2 * Math.log(0.01);
    /** log(10^2): at most 10 standard deviations. */
    public static final double MAX_LOG_VARIANCE = 2 * Math.log(10);

    @Override
    public int decoderVariances(ImageShape input) {
        return decoderVariances();
    }

    /** One learned log-variance per Gaussian feature. */
    public int decoderVariances() {
        return layout.offsets(Kind.GAUSSIAN).length;
    }

    @Override
    public Tensor negativeLogLikelihood(Tensor logits, Tensor x) {
        return elementwise(logits, x).sum(1);
    }

    /** -log p(x|z) per row and column, (B, C) in the order of {@link TableLayout#columns()}. */
    public Tensor negativeLogLikelihoodPerColumn(Tensor logits, Tensor x) {
        Tensor terms = elementwise(logits, x);
        int[] columnOf = layout.columnOfFeature();
        int[] order = featureOrder();
        int columns = layout.columns().size();
        float[] assignment = new float[order.length * columns];
        for (int i = 0; i < order.length; i++) {
            assignment[i * columns + columnOf[order[i]]] = 1f;
        }
        return Columns.product(terms, Tensor.of(assignment, order.length, columns));
    }

    /**
     * E[x|z] per feature, (B, D) in the layout's order: the Gaussian mean (standardised), the
     * indicator's probability, each categorical block's probabilities.
     */
    @Override
    public Tensor mean(Tensor logits) {
        Tensor flat = logits.flattenRows();
        List<Tensor> parts = new ArrayList<>();
        for (Block block : layout.blocks()) {
            Tensor values = Columns.range(flat, block.offset(), block.width());
            parts.add(switch (block.kind()) {
                case GAUSSIAN -> values;
                case BERNOULLI -> values.sigmoid();
                case CATEGORICAL -> Rows.softmax(values);
            });
        }
        return Columns.concat(parts);
    }

    /**
     * The learned standard deviation of each Gaussian feature (G values, in the order of {@link
     * TableLayout#offsets}), read from decoder logits (B, D + G) and clamped as the likelihood
     * clamps them: what a sampled row's numbers scatter by around their means.
     */
    public double[] standardDeviations(Tensor logits) {
        int g = decoderVariances();
        if (g == 0) {
            return new double[0];
        }
        Tensor logVariance = Columns.clamp(Columns.range(logits.flattenRows().slice(0, 1), layout.width(), g), MIN_LOG_VARIANCE, MAX_LOG_VARIANCE);
        return logVariance.mul(0.5).exp().toDoubleArray();
    }

    /** Every feature's term, (B, D), in {@link #featureOrder()}: Gaussian, then Bernoulli, then categorical blocks. */
    private Tensor elementwise(Tensor logits, Tensor x) {
        Tensor flat = logits.flattenRows();
        Tensor target = x.flattenRows();
        int d = layout.width();
        List<Tensor> parts = new ArrayList<>();
        int[] gaussian = layout.offsets(Kind.GAUSSIAN);
        if (gaussian.length > 0) {
            Tensor index = indices(gaussian);
            Tensor mu = Columns.select(flat, index);
            Tensor logVariance = Columns.clamp(Columns.range(flat, d, gaussian.length), MIN_LOG_VARIANCE, MAX_LOG_VARIANCE);
            Tensor squared = Columns.select(target, index).sub(mu).square();
            parts.add(Gaussian.negativeLogDensity(squared, logVariance));
        }
        int[] bernoulli = layout.offsets(Kind.BERNOULLI);
        if (bernoulli.length > 0) {
            Tensor index = indices(bernoulli);
            parts.add(CrossEntropy.binaryWithLogits(Columns.select(flat, index), Columns.select(target, index)));
        }
        for (Block block : layout.categorical()) {
            Tensor logProbabilities = Rows.logSoftmax(Columns.range(flat, block.offset(), block.width()));
            parts.add(Columns.range(target, block.offset(), block.width()).mul(logProbabilities).neg());
        }
        return parts.size() == 1 ? parts.get(0) : Columns.concat(parts);
    }

    /** The feature index of each column of {@link #elementwise}. */
    private int[] featureOrder() {
        List<Integer> order = new ArrayList<>();
        for (int offset : layout.offsets(Kind.GAUSSIAN)) {
            order.add(offset);
        }
        for (int offset : layout.offsets(Kind.BERNOULLI)) {
            order.add(offset);
        }
        for (Block block : layout.categorical()) {
            for (int i = 0; i < block.width(); i++) {
                order.add(block.offset() + i);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Tensor indices(int[] offsets) {
        long[] values = new long[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            values[i] = offsets[i];
        }
        return Tensor.indices(values);
    }
}
