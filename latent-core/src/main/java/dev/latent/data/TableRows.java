package dev.latent.data;

import dev.latent.data.table.TableLayout;
import dev.latent.nn.Tensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * Table rows encoded by their column transforms: N rows of D floats (standardised numbers,
 * was-missing indicators, one-hot categories) in the order of {@link #layout}.
 *
 * @param count N >= 1
 * @param layout which features belong to which column, and their likelihood
 * @param values N*D floats, row-major
 */
public record TableRows(int count, TableLayout layout, float[] values) implements Features {
    public TableRows {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(values, "values");
        if (count < 1 || (long) count * layout.width() != values.length) {
            throw new IllegalArgumentException(count + " rows of " + layout.width() + " features need " + (long) count * layout.width() + " values, got " + values.length);
        }
    }

    /** D, the encoded width of a row. */
    public int width() {
        return layout.width();
    }

    @Override
    public ImageShape shape() {
        return new ImageShape(1, 1, width());
    }

    @Override
    public TableRows slice(int from, int to) {
        if (from < 0 || to > count || from >= to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") of " + count + " rows");
        }
        return new TableRows(to - from, layout, Arrays.copyOfRange(values, from * width(), to * width()));
    }

    @Override
    public TableRows select(int[] indices) {
        int d = width();
        float[] out = new float[Math.multiplyExact(indices.length, d)];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(values, Math.multiplyExact(indices[i], d), out, i * d, d);
        }
        return new TableRows(indices.length, layout, out);
    }

    @Override
    public Tensor tensor() {
        return Tensor.of(values, count, 1, 1, width());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TableRows that && count == that.count && layout.equals(that.layout) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(count, layout, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TableRows[" + count + " x " + width() + "]";
    }
}
