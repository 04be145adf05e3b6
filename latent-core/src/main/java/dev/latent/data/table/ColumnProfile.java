package dev.latent.data.table;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What one pass over a column finds, for schema inference: how many values are present and how
 * many are numbers, whether the numbers are whole, and the distinct values, counted in sets that
 * stop growing past their caps so that a column of 200,000 distinct values costs a few thousand
 * entries.
 */
final class ColumnProfile {
    /** Whole-number columns with at most this many distinct values are categorical. */
    static final int MAX_CODED_LEVELS = 10;

    final String name;
    final int rows;
    int present;
    int numbers;
    boolean allWhole = true;
    /** Distinct present values, at most {@code cap + 1} of them: more than {@code cap} when full. */
    final Set<String> distinct = new HashSet<>();
    /** Distinct numeric values, at most {@link #MAX_CODED_LEVELS} + 1. */
    final Set<Double> distinctNumbers = new HashSet<>();
    /** The first present value that is not a number, and its 1-based row. */
    String firstText;
    int firstTextRow;
    private final int cap;

    private ColumnProfile(String name, int rows, int cap) {
        this.name = name;
        this.rows = rows;
        this.cap = cap;
    }

    static ColumnProfile of(RawTable table, int column, int cap) {
        ColumnProfile profile = new ColumnProfile(table.header().get(column), table.rowCount(), cap);
        for (int r = 0; r < table.rowCount(); r++) {
            profile.add(table.rowView(r)[column], r + 1);
        }
        return profile;
    }

    private void add(String value, int row) {
        if (RawTable.isMissing(value)) {
            return;
        }
        present++;
        if (distinct.size() <= cap) {
            distinct.add(value);
        }
        double number = Numbers.parse(value);
        if (Double.isNaN(number)) {
            if (firstText == null) {
                firstText = value;
                firstTextRow = row;
            }
            return;
        }
        numbers++;
        allWhole &= Numbers.isInteger(number);
        if (distinctNumbers.size() <= MAX_CODED_LEVELS) {
            distinctNumbers.add(number == 0 ? 0.0 : number); // -0 and 0 are one value
        }
    }

    boolean allNumbers() {
        return numbers == present;
    }

    /** More distinct values than the cap. */
    boolean overCap() {
        return distinct.size() > cap;
    }

    /** How many distinct values (numbers compared as numbers when all are numbers); exact up to the caps. */
    int distinctCount() {
        return allNumbers() && distinctNumbers.size() <= MAX_CODED_LEVELS ? distinctNumbers.size() : distinct.size();
    }

    /** Exactly two distinct values, 0/1, true/false, yes/no, t/f or y/n in any case. */
    boolean isBoolean() {
        if (distinct.size() != 2) {
            return false;
        }
        String[] pair = distinct.stream().map(v -> v.toLowerCase(Locale.ROOT)).sorted().toArray(String[]::new);
        return Arrays.equals(pair, new String[] {"0", "1"}) || Arrays.equals(pair, new String[] {"false", "true"})
                || Arrays.equals(pair, new String[] {"no", "yes"}) || Arrays.equals(pair, new String[] {"f", "t"})
                || Arrays.equals(pair, new String[] {"n", "y"});
    }

    /** Whether every row holds a different whole number (a second pass, run only when it could be so). */
    static boolean allDifferentWholeNumbers(RawTable table, int column) {
        double[] values = new double[table.rowCount()];
        for (int r = 0; r < values.length; r++) {
            values[r] = Numbers.parse(table.rowView(r)[column]);
        }
        Arrays.sort(values);
        for (int i = 1; i < values.length; i++) {
            if (values[i] == values[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
