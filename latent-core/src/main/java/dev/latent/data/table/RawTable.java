package dev.latent.data.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table as read: a header and rows of strings, trimmed, as many per row as the header has.
 * Immutable: rows handed in are copied, rows handed out are copies. Row {@code r} (0-based here)
 * is data row {@code r + 1} in messages, the number a user counts below the header.
 */
public final class RawTable {
    /** The most rows a table holds: a Java array's limit. */
    public static final int MAX_ROWS = Integer.MAX_VALUE - 8;
    private final String name;
    private final List<String> header;
    private final List<String[]> rows;

    /** Takes {@code rows} as they are: for readers that made them and hand them over. */
    RawTable(String name, List<String> header, List<String[]> rows) {
        this.name = Objects.requireNonNull(name, "name");
        this.header = List.copyOf(header);
        this.rows = rows;
    }

    /**
     * A table from rows made elsewhere; they are copied.
     *
     * @throws IllegalArgumentException when a row's length is not the header's
     */
    public static RawTable of(String name, List<String> header, List<String[]> rows) {
        List<String[]> copies = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            if (row.length != header.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.length + " values for " + header.size() + " columns");
            }
            for (String value : row) {
                Objects.requireNonNull(value, "a table value");
            }
            copies.add(row.clone());
        }
        return new RawTable(name, header, copies);
    }

    /** Where the table came from, for messages. */
    public String name() {
        return name;
    }

    /** The column names. */
    public List<String> header() {
        return header;
    }

    /** N, the number of data rows. */
    public int rowCount() {
        return rows.size();
    }

    /** The index of {@code column} in the header, or -1. */
    public int columnIndex(String column) {
        return header.indexOf(column);
    }

    /** The value in row {@code row} (0-based) of column {@code column} (0-based). */
    public String value(int row, int column) {
        return rows.get(row)[column];
    }

    /** A copy of row {@code row} (0-based). */
    public String[] row(int row) {
        return rows.get(row).clone();
    }

    /** The row itself, for this package's readers, which do not change it. */
    String[] rowView(int row) {
        return rows.get(row);
    }

    /** The rows at {@code indices} (0-based), in that order: a training split, for instance. */
    public RawTable select(int[] indices) {
        List<String[]> selected = new ArrayList<>(indices.length);
        for (int index : indices) {
            selected.add(rows.get(index)); // shared: neither table changes them
        }
        return new RawTable(name, header, selected);
    }

    /**
     * Whether a value is missing: empty, or NA, NaN or null in any case. The one place that decides.
     *
     * @param value a trimmed value
     */
    public static boolean isMissing(String value) {
        return switch (value.length()) {
            case 0 -> true;
            case 2 -> value.equalsIgnoreCase("NA");
            case 3 -> value.equalsIgnoreCase("NaN");
            case 4 -> value.equalsIgnoreCase("null");
            default -> false;
        };
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RawTable that) || !name.equals(that.name) || !header.equals(that.header) || rows.size() != that.rows.size()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!Arrays.equals(rows.get(r), that.rows.get(r))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(name, header);
        for (String[] row : rows) {
            hash = 31 * hash + Arrays.hashCode(row);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "RawTable[" + name + ", " + rows.size() + " rows x " + header.size() + " columns]";
    }
}
