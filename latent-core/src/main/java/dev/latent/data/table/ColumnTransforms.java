package dev.latent.data.table;

import dev.latent.InvalidInputException;
import dev.latent.io.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The input columns' transforms, fitted on the training rows only and saved as
 * {@code columns.json} in the model directory: they turn a table row into D floats and a
 * decoder's means back into a row of text. Numeric columns take one Gaussian feature (then a
 * Bernoulli was-missing indicator when training had gaps), categorical and boolean columns one
 * categorical block as wide as their levels; {@link #layout()} says which features are which.
 *
 * @param columns the input columns, in feature order; at least one
 * @param labelColumn the column of labels, not an input, or null
 */
public record ColumnTransforms(List<ColumnTransform> columns, String labelColumn) {
    /** The most features a table's encoded rows may hold in all: one Java array. */
    static final long MAX_VALUES = Integer.MAX_VALUE - 8;

    public ColumnTransforms {
        if (columns == null || columns.isEmpty()) {
            throw InvalidInputException.of("data", "column transforms need at least one input column in \"columns\"");
        }
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (ColumnTransform column : columns) {
            if (!names.add(column.name())) {
                throw InvalidInputException.of("data", "the column transforms name column " + Refusals.show(column.name()) + " twice; fit them again");
            }
        }
        if (labelColumn != null && names.contains(labelColumn)) {
            throw InvalidInputException.of("data", "the label column " + Refusals.show(labelColumn) + " is also an input column; fit the columns again");
        }
        if (columns.stream().mapToLong(ColumnTransform::width).sum() > MAX_VALUES) {
            throw InvalidInputException.of("data", "the column transforms have more features than one row can hold; use fewer categories");
        }
    }

    /**
     * Fits the schema's input columns on the training rows.
     *
     * @throws InvalidInputException when the table lacks a column of the schema (or its label column),
     *     has no rows, or a numeric column holds a value that is not a finite number (naming its row)
     */
    public static ColumnTransforms fit(Schema schema, RawTable training) {
        if (schema.columns().isEmpty()) {
            throw Refusals.data(training.name(), "the schema names no input column; list at least one in its \"columns\"");
        }
        schema.check(training.header(), training.name());
        if (schema.labelColumn() != null && training.columnIndex(schema.labelColumn()) < 0) {
            throw Refusals.data(training.name(), "the label column " + Refusals.show(schema.labelColumn()) + " is not in the header (columns: "
                    + Refusals.list(training.header()) + "); fix the schema or give a file with labels");
        }
        if (training.rowCount() == 0) {
            throw Refusals.data(training.name(), "holds no rows to fit the columns on; give training rows");
        }
        List<ColumnTransform> columns = new ArrayList<>();
        for (ColumnSpec spec : schema.columns()) {
            int column = training.columnIndex(spec.name());
            columns.add(spec.type() == ColumnType.NUMERIC ? NumericTransform.fit(training, column)
                    : CategoricalTransform.fit(training, column, spec.type()));
        }
        return new ColumnTransforms(columns, schema.labelColumn());
    }

    /** Reads {@code columns.json}. */
    public static ColumnTransforms read(Path file) {
        return Json.read(file, ColumnTransforms.class);
    }

    /** Writes {@code columns.json}. */
    public void write(Path file) throws IOException {
        Json.write(file, this);
    }

    /** D, the features of an encoded row. */
    public int width() {
        return columns.stream().mapToInt(ColumnTransform::width).sum();
    }

    /** Which features belong to which column, and their likelihood; the blocks tile [0, D). */
    public TableLayout layout() {
        List<TableLayout.Block> blocks = new ArrayList<>();
        int offset = 0;
        for (ColumnTransform column : columns) {
            blocks.addAll(column.blocks(offset));
            offset += column.width();
        }
        return new TableLayout(blocks);
    }

    /** The columns of a decoded row: the input columns, in order. */
    public List<String> decodedHeader() {
        return columns.stream().map(ColumnTransform::name).toList();
    }

    /**
     * An encoder for the rows of a file with this header.
     *
     * @throws InvalidInputException when the header lacks an input column
     */
    public RowEncoder encoder(List<String> header, String name) {
        return new RowEncoder(this, header, name);
    }

    /** Encodes every row of {@code table}; its labels when it has the label column. */
    public EncodedRows encode(RawTable table) {
        RowEncoder encoder = encoder(table.header(), table.name());
        int rows = table.rowCount();
        int width = width();
        if ((long) rows * width > MAX_VALUES) {
            throw Refusals.data(table.name(), rows + " rows of " + width + " features are more values than one array holds; "
                    + "use fewer rows or fewer categories");
        }
        float[] values = new float[rows * width];
        String[] labels = encoder.hasLabels() ? new String[rows] : null;
        for (int r = 0; r < rows; r++) {
            String[] row = table.rowView(r);
            encoder.encode(row, r + 1, values, r * width);
            if (labels != null) {
                labels[r] = encoder.label(row);
            }
        }
        return new EncodedRows(rows, width, values, labels, encoder.unknownCounts());
    }

    /**
     * A row of text from what the likelihood's mean gives for one row's features.
     *
     * @param means the means: standardised values (Gaussian), probabilities (Bernoulli), per-level
     *     probabilities summing to 1 (categorical)
     * @param offset where the row's D features start
     * @param rng null for the most probable values, else the source to sample was-missing
     *     indicators and categories from
     * @return one value per {@link #decodedHeader()} column, "" for missing
     */
    public String[] decode(float[] means, int offset, RandomGenerator rng) {
        if (offset < 0 || offset > means.length - width()) {
            throw new IllegalArgumentException("no " + width() + " features at " + offset + " in " + means.length);
        }
        String[] row = new String[columns.size()];
        int at = offset;
        for (int i = 0; i < row.length; i++) {
            row[i] = columns.get(i).decode(means, at, rng);
            at += columns.get(i).width();
        }
        return row;
    }
}
