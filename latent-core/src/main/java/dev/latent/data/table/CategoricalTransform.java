package dev.latent.data.table;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.latent.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A categorical (or boolean) column, one-hot over its levels: the training values sorted (as
 * numbers when all are numbers), then {@value #MISSING} for a missing value and {@value #UNKNOWN}
 * for a value training did not see. Decoding gives the most probable level (or a sampled one),
 * never {@value #UNKNOWN}; {@value #MISSING} decodes to "".
 *
 * @param name the column
 * @param type {@link ColumnType#CATEGORICAL} or {@link ColumnType#BOOLEAN}
 * @param levels the training values, then {@value #MISSING} and {@value #UNKNOWN}
 */
@JsonPropertyOrder({"type"})
public record CategoricalTransform(String name, ColumnType type, List<String> levels) implements ColumnTransform {
    /** The level of a missing value, second to last. */
    public static final String MISSING = "(missing)";
    /** The level of a value unseen in training, last. */
    public static final String UNKNOWN = "(unknown)";
    /** The most levels one column may have: its one-hot block's width. */
    public static final int MAX_LEVELS = 65_536;

    public CategoricalTransform {
        if (name == null || name.isEmpty()) {
            throw InvalidInputException.of("data", "a categorical column has no name; give its name in the header");
        }
        if (type != ColumnType.CATEGORICAL && type != ColumnType.BOOLEAN) {
            throw InvalidInputException.of("data", "column " + Refusals.show(name) + " of type " + type + " is not categorical or boolean");
        }
        levels = List.copyOf(levels);
        int n = levels.size();
        if (n < 2 || n > MAX_LEVELS || !levels.get(n - 2).equals(MISSING) || !levels.get(n - 1).equals(UNKNOWN)) {
            throw InvalidInputException.of("data", "column " + Refusals.show(name) + " needs at most " + MAX_LEVELS + " levels ending with \""
                    + MISSING + "\", \"" + UNKNOWN + "\"; fit the columns again");
        }
        if (new HashSet<>(levels).size() != n) {
            throw InvalidInputException.of("data", "column " + Refusals.show(name) + " lists a level twice; fit the columns again");
        }
    }

    /** Fits column {@code column} of {@code training}: its distinct present values become the levels. */
    static CategoricalTransform fit(RawTable training, int column, ColumnType type) {
        String name = training.header().get(column);
        Set<String> values = new HashSet<>();
        for (int r = 0; r < training.rowCount(); r++) {
            String raw = training.rowView(r)[column];
            if (RawTable.isMissing(raw)) {
                continue;
            }
            if (raw.equals(MISSING) || raw.equals(UNKNOWN)) {
                throw Refusals.data(training.name(), "row " + (r + 1) + ", column " + Refusals.show(name) + ": the value " + Refusals.show(raw)
                        + " is reserved for latent's own levels; rename it");
            }
            if (values.add(raw) && values.size() > MAX_LEVELS - 2) {
                throw Refusals.data(training.name(), "column " + Refusals.show(name) + " has more than " + (MAX_LEVELS - 2)
                        + " distinct values, too many to one-hot; leave it out of the schema or declare it numeric");
            }
        }
        List<String> levels = new ArrayList<>(values);
        levels.sort(order(levels));
        levels.add(MISSING);
        levels.add(UNKNOWN);
        return new CategoricalTransform(name, type, levels);
    }

    /** Numbers by value (then by spelling), when all are numbers; else text order. */
    private static Comparator<String> order(List<String> values) {
        boolean numbers = values.stream().allMatch(v -> Double.isFinite(Numbers.parse(v)));
        Comparator<String> text = Comparator.naturalOrder();
        return numbers ? Comparator.comparingDouble(Numbers::parse).thenComparing(text) : text;
    }

    /** The index of {@value #MISSING} in the levels. */
    int missingLevel() {
        return levels.size() - 2;
    }

    /** The index of {@value #UNKNOWN} in the levels. */
    int unknownLevel() {
        return levels.size() - 1;
    }

    @Override
    public int width() {
        return levels.size();
    }

    @Override
    public List<TableLayout.Block> blocks(int offset) {
        return List.of(new TableLayout.Block(name, TableLayout.Kind.CATEGORICAL, offset, levels.size()));
    }

    @Override
    public String decode(float[] means, int offset, RandomGenerator rng) {
        int level = rng == null ? mostProbable(means, offset) : sample(means, offset, rng);
        return level == missingLevel() ? "" : levels.get(level);
    }

    private int mostProbable(float[] means, int offset) {
        int best = 0;
        for (int i = 1; i < unknownLevel(); i++) {
            if (means[offset + i] > means[offset + best] || Float.isNaN(means[offset + best])) {
                best = i;
            }
        }
        return best;
    }

    /** A level drawn in proportion to its probability, {@value #UNKNOWN} left out (negative or NaN weights count as 0). */
    private int sample(float[] means, int offset, RandomGenerator rng) {
        double total = 0;
        for (int i = 0; i < unknownLevel(); i++) {
            total += weight(means[offset + i]);
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            return mostProbable(means, offset);
        }
        double u = rng.nextDouble() * total;
        int last = 0;
        for (int i = 0; i < unknownLevel(); i++) {
            double w = weight(means[offset + i]);
            if (w > 0) {
                last = i;
                u -= w;
                if (u < 0) {
                    return i;
                }
            }
        }
        return last; // rounding left u at 0
    }

    private static double weight(float probability) {
        return probability > 0 ? probability : 0;
    }
}
