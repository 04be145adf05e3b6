package dev.latent.data.table;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes the rows of one file with fitted column transforms: made for the file's header by
 * {@link ColumnTransforms#encoder}, it finds each input column by name (extra columns are
 * ignored) and counts, per categorical column, the values training had not seen. Not
 * thread-safe: one encoder per file and thread.
 */
public final class RowEncoder {
    private final ColumnTransforms transforms;
    private final String source;
    private final int fields;
    /** For each transform, its column in the file's rows. */
    private final int[] columnOf;
    /** For each categorical transform, its levels' indices; null for numeric ones. */
    private final List<Map<String, Integer>> levelIndex;
    private final long[] unknown;
    private final int labelColumn;

    RowEncoder(ColumnTransforms transforms, List<String> header, String source) {
        this.transforms = transforms;
        this.source = source;
        this.fields = header.size();
        List<ColumnTransform> columns = transforms.columns();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            position.putIfAbsent(header.get(i), i);
        }
        List<String> missing = columns.stream().map(ColumnTransform::name).filter(name -> !position.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw Refusals.data(source, "the model's " + (missing.size() == 1 ? "column " : "columns ") + Refusals.list(missing)
                    + (missing.size() == 1 ? " is" : " are") + " not in the header (columns: " + Refusals.list(header)
                    + "); give a file with the columns the model was trained on");
        }
        this.columnOf = columns.stream().mapToInt(column -> position.get(column.name())).toArray();
        this.levelIndex = columns.stream().map(RowEncoder::index).toList();
        this.unknown = new long[columns.size()];
        this.labelColumn = transforms.labelColumn() == null ? -1 : position.getOrDefault(transforms.labelColumn(), -1);
    }

    private static Map<String, Integer> index(ColumnTransform column) {
        if (!(column instanceof CategoricalTransform categorical)) {
            return null;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categorical.missingLevel(); i++) {
            index.put(categorical.levels().get(i), i);
        }
        return index;
    }

    /** D, the features per row. */
    public int width() {
        return transforms.width();
    }

    /**
     * Writes row {@code row}'s D features to {@code out[offset, offset + D)}.
     *
     * @param row the fields of one row of the file, as many as its header has
     * @param rowNumber the row's 1-based number in the file, for messages
     * @throws dev.latent.InvalidInputException when a numeric value is not a finite number (naming the
     *     row, the column and the value), or the row has the wrong number of fields
     */
    public void encode(String[] row, long rowNumber, float[] out, int offset) {
        if (row.length != fields) {
            throw Refusals.data(source, "row " + rowNumber + " has " + row.length + " fields but the header has " + fields + "; check the row");
        }
        if (offset < 0 || offset > out.length - width()) {
            throw new IllegalArgumentException("no room for " + width() + " features at " + offset + " in " + out.length);
        }
        List<ColumnTransform> columns = transforms.columns();
        int at = offset;
        for (int i = 0; i < columns.size(); i++) {
            String raw = row[columnOf[i]];
            boolean missing = RawTable.isMissing(raw);
            ColumnTransform column = columns.get(i);
            if (column instanceof NumericTransform numeric) {
                double value = missing ? numeric.median() : NumericTransform.parse(raw, source, rowNumber, numeric.name());
                out[at] = numeric.standardise(value, source, rowNumber);
                if (numeric.missingIndicator()) {
                    out[at + 1] = missing ? 1 : 0;
                }
            } else {
                CategoricalTransform categorical = (CategoricalTransform) column;
                int level = missing ? categorical.missingLevel() : levelIndex.get(i).getOrDefault(raw, categorical.unknownLevel());
                if (level == categorical.unknownLevel()) {
                    unknown[i]++;
                }
                Arrays.fill(out, at, at + categorical.width(), 0f);
                out[at + level] = 1;
            }
            at += column.width();
        }
    }

    /** The row's raw label, or null when the model has no label column or the file lacks it. */
    public String label(String[] row) {
        return labelColumn < 0 ? null : row[labelColumn];
    }

    /** Whether this file has the label column. */
    public boolean hasLabels() {
        return labelColumn >= 0;
    }

    /** Per categorical column, the values seen so far that training had not seen; columns without any are left out. */
    public Map<String, Long> unknownCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < unknown.length; i++) {
            if (unknown[i] > 0) {
                counts.put(transforms.columns().get(i).name(), unknown[i]);
            }
        }
        return counts;
    }
}
