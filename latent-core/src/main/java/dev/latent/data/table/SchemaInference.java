package dev.latent.data.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses a schema from a table. Missing values ({@link RawTable#isMissing}) are left out of every
 * rule. For each column that is neither the label nor ignored:
 *
 * <ul>
 *   <li>every value missing, or one distinct value: dropped, with a note;
 *   <li>all values numbers: boolean when the two distinct values are 0 and 1; categorical when
 *       whole numbers with at most {@value ColumnProfile#MAX_CODED_LEVELS} distinct values (codes);
 *       refused when a different whole number in each of 20 or more rows (an identifier); else
 *       numeric;
 *   <li>at least 95% numbers: numeric, with a note naming the first value that is not (encoding
 *       refuses it, naming its row);
 *   <li>text: boolean when the two distinct values are true/false, yes/no, t/f or y/n in any case;
 *       refused when more than {@link SchemaOptions#maxCategories} distinct values, or when its
 *       distinct values are 90% of 20 or more rows (an identifier); else categorical.
 * </ul>
 * The refusals name the column and the way out ({@code --ignore COL}).
 */
public final class SchemaInference {
    /** Columns with at least this many rows can be judged to be identifiers. */
    static final int MIN_ROWS_FOR_IDENTIFIER = 20;
    /** Text columns with this share of distinct values per row are identifiers. */
    static final double IDENTIFIER_SHARE = 0.9;
    /** Columns with this share of numbers among their values are numeric. */
    static final double NUMERIC_SHARE = 0.95;

    private SchemaInference() {}

    /** The schema of {@code table}, and notes about what was decided. */
    public static InferredSchema infer(RawTable table, SchemaOptions options) {
        List<String> header = table.header();
        if (options.labelColumn() != null && !header.contains(options.labelColumn())) {
            throw Refusals.data(table.name(), "the label column " + Refusals.show(options.labelColumn()) + " is not in the header (columns: "
                    + Refusals.list(header) + "); check its name");
        }
        for (String column : options.ignore()) {
            if (!header.contains(column)) {
                throw Refusals.data(table.name(), "the ignored column " + Refusals.show(column) + " is not in the header (columns: "
                        + Refusals.list(header) + "); check its name");
            }
        }
        List<ColumnSpec> columns = new ArrayList<>();
        List<String> ignored = new ArrayList<>(options.ignore());
        List<String> notes = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            if (name.equals(options.labelColumn()) || options.ignore().contains(name)) {
                continue;
            }
            ColumnType type = type(table, c, options.maxCategories(), notes);
            if (type == null) {
                ignored.add(name);
            } else {
                columns.add(new ColumnSpec(name, type));
            }
        }
        if (columns.isEmpty()) {
            throw Refusals.data(table.name(), "no input column is left" + (options.labelColumn() == null ? "" : " besides the label column "
                    + Refusals.show(options.labelColumn())) + (ignored.isEmpty() ? "" : " (left out: " + Refusals.list(ignored) + ")")
                    + "; give a table with at least one column whose values vary");
        }
        return new InferredSchema(new Schema(columns, options.labelColumn(), ignored), notes);
    }

    /** The type of column {@code c}, or null when it is dropped (with a note). */
    private static ColumnType type(RawTable table, int c, int maxCategories, List<String> notes) {
        ColumnProfile profile = ColumnProfile.of(table, c, maxCategories);
        String column = Refusals.show(profile.name);
        if (profile.present == 0) {
            notes.add("column " + column + " is empty (every value is missing) and was dropped");
            return null;
        }
        if (profile.distinctCount() == 1) {
            String value = profile.distinct.iterator().next();
            notes.add("column " + column + " is constant (" + Refusals.plain(value) + ") and was dropped");
            return null;
        }
        if (profile.isBoolean()) {
            return ColumnType.BOOLEAN;
        }
        if (profile.allNumbers()) {
            return numbers(table, c, profile, maxCategories);
        }
        if (profile.numbers >= NUMERIC_SHARE * profile.present) {
            notes.add("column " + column + " is numeric but " + (profile.present - profile.numbers) + " of its " + profile.present
                    + " values are not numbers (the first: row " + profile.firstTextRow + ", " + Refusals.show(profile.firstText)
                    + "); encoding refuses them: fix them, or declare the column categorical in a schema (--schema)");
            return ColumnType.NUMERIC;
        }
        checkCategories(table, profile, maxCategories);
        if (profile.rows >= MIN_ROWS_FOR_IDENTIFIER && profile.distinct.size() >= IDENTIFIER_SHARE * profile.rows) {
            throw Refusals.data(table.name(), "column " + column + " looks like an identifier (" + profile.distinct.size() + " distinct values in "
                    + profile.rows + " rows), which a model cannot learn from; leave it out with --ignore " + Refusals.plain(profile.name));
        }
        return ColumnType.CATEGORICAL;
    }

    private static ColumnType numbers(RawTable table, int c, ColumnProfile profile, int maxCategories) {
        int distinct = profile.distinctCount();
        if (profile.allWhole && distinct <= ColumnProfile.MAX_CODED_LEVELS) {
            checkCategories(table, profile, maxCategories);
            return ColumnType.CATEGORICAL;
        }
        if (profile.allWhole && profile.rows >= MIN_ROWS_FOR_IDENTIFIER && profile.present == profile.rows
                && ColumnProfile.allDifferentWholeNumbers(table, c)) {
            throw Refusals.data(table.name(), "column " + Refusals.show(profile.name) + " looks like an identifier (a different whole number in each of its "
                    + profile.rows + " rows), which a model cannot learn from; leave it out with --ignore " + Refusals.plain(profile.name));
        }
        return ColumnType.NUMERIC;
    }

    private static void checkCategories(RawTable table, ColumnProfile profile, int maxCategories) {
        if (profile.distinct.size() > maxCategories) {
            throw Refusals.data(table.name(), "column " + Refusals.show(profile.name) + " has more than " + maxCategories
                    + " distinct values, too many categories; leave it out with --ignore " + Refusals.plain(profile.name)
                    + " or raise --max-categories");
        }
    }
}
