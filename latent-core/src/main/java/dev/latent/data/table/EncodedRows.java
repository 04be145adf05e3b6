package dev.latent.data.table;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A table's rows encoded by its column transforms.
 *
 * @param rows N
 * @param width D, the features per row
 * @param values N*D floats, row-major, in the order of {@link ColumnTransforms#layout()}
 * @param labels the raw label of each row, or null when there is no label column
 * @param unknownCounts per categorical column, how many values training had not seen (columns
 *     without any are left out)
 */
public record EncodedRows(int rows, int width, float[] values, String[] labels, Map<String, Long> unknownCounts) {
    public EncodedRows {
        Objects.requireNonNull(values, "values");
        if (rows < 0 || width < 1 || (long) rows * width != values.length || (labels != null && labels.length != rows)) {
            throw new IllegalArgumentException(rows + " rows of " + width + " features with " + values.length + " values and "
                    + (labels == null ? "no" : labels.length) + " labels");
        }
        unknownCounts = Collections.unmodifiableMap(new LinkedHashMap<>(unknownCounts));
    }

    /** Whether the rows have labels. */
    public boolean hasLabels() {
        return labels != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedRows that && rows == that.rows && width == that.width && Arrays.equals(values, that.values)
                && Arrays.equals(labels, that.labels) && unknownCounts.equals(that.unknownCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, width, Arrays.hashCode(values), Arrays.hashCode(labels), unknownCounts);
    }

    @Override
    public String toString() {
        return "EncodedRows[" + rows + " x " + width + (labels == null ? ", unlabelled" : ", labelled") + ", unknown " + unknownCounts + "]";
    }
}
