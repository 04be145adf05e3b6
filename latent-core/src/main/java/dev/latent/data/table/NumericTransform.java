package dev.latent.data.table;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.latent.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A numeric column: a missing value becomes the training median (and, when training had missing
 * values, a was-missing indicator feature is 1), then {@code z = (x - mean) / std}, one Gaussian
 * feature. {@code mean} and {@code std} (population, divide by N) are those of the imputed
 * training values; a constant column has {@code std} 1. Decoding gives {@code z * std + mean}
 * printed with {@code decimals}, or "" when the indicator says missing.
 *
 * @param name the column
 * @param median the training median of the present values
 * @param mean the imputed training values' mean
 * @param std their standard deviation, > 0
 * @param missingIndicator whether a was-missing feature follows the value (training had a missing value)
 * @param decimals the most decimals a training value was written with, 0 to 6
 */
@JsonPropertyOrder({"type"})
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record NumericTransform(String name, double median, double mean, double std, boolean missingIndicator, int decimals)
        implements ColumnTransform {
    public NumericTransform {
        if (name == null || name.isEmpty()) {
            throw InvalidInputException.of("data", "a numeric column has no name; give its name in the header");
        }
        if (!Double.isFinite(median) || !Double.isFinite(mean) || !Double.isFinite(std) || std <= 0) {
            throw InvalidInputException.of("data", "numeric column " + Refusals.show(name) + " needs a finite median and mean and a positive std, got "
                    + median + ", " + mean + " and " + std + "; fit the columns again");
        }
        if (decimals < 0 || decimals > Numbers.MAX_DECIMALS) {
            throw InvalidInputException.of("data", "numeric column " + Refusals.show(name) + " has decimals " + decimals
                    + "; give 0 to " + Numbers.MAX_DECIMALS);
        }
    }

    /** Fits column {@code column} of {@code training}; refuses a value that is not a finite number, naming its row. */
    static NumericTransform fit(RawTable training, int column) {
        String name = training.header().get(column);
        int rows = training.rowCount();
        double[] present = new double[rows];
        int count = 0;
        int decimals = 0;
        for (int r = 0; r < rows; r++) {
            String raw = training.rowView(r)[column];
            if (!RawTable.isMissing(raw)) {
                present[count++] = parse(raw, training.name(), r + 1, name);
                decimals = Math.max(decimals, Numbers.decimals(raw));
            }
        }
        if (count == 0) {
            throw Refusals.data(training.name(), "numeric column " + Refusals.show(name) + " has no values (every one is missing); leave it out of the schema");
        }
        double[] sorted = Arrays.copyOf(present, count);
        Arrays.sort(sorted);
        double median = count % 2 == 1 ? sorted[count / 2] : sorted[count / 2 - 1] / 2 + sorted[count / 2] / 2;
        int missing = rows - count;
        double sum = missing * median;
        for (int i = 0; i < count; i++) {
            sum += present[i];
        }
        double mean = sum / rows;
        double squares = missing * (median - mean) * (median - mean);
        for (int i = 0; i < count; i++) {
            squares += (present[i] - mean) * (present[i] - mean);
        }
        double std = Math.sqrt(squares / rows);
        if (!Double.isFinite(mean) || !Double.isFinite(std)) {
            throw Refusals.data(training.name(), "numeric column " + Refusals.show(name)
                    + " holds numbers too large to standardise (their sum or spread overflows); rescale the column");
        }
        return new NumericTransform(name, median, mean, std > 0 ? std : 1, missing > 0, decimals);
    }

    /**
     * A present value as a number.
     *
     * @throws InvalidInputException when it is not a finite number, naming the row, the column and the value
     */
    static double parse(String raw, String source, long row, String column) {
        double value = Numbers.parse(raw);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw Refusals.data(source, "row " + row + ", column " + Refusals.show(column) + ": " + Refusals.show(raw) + " is not a "
                    + (Double.isNaN(value) ? "" : "finite ") + "number; fix it or declare the column categorical in a schema (--schema)");
        }
        return value;
    }

    /** {@code (x - mean) / std} as a float. */
    float standardise(double value, String source, long row) {
        float z = (float) ((value - mean) / std);
        if (!Float.isFinite(z)) {
            throw Refusals.data(source, "row " + row + ", column " + Refusals.show(name) + ": " + value
                    + " is too far from the training values to standardise; fix it or rescale the column");
        }
        return z;
    }

    @Override
    @JsonProperty("type")
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public int width() {
        return missingIndicator ? 2 : 1;
    }

    @Override
    public List<TableLayout.Block> blocks(int offset) {
        TableLayout.Block value = new TableLayout.Block(name, TableLayout.Kind.GAUSSIAN, offset, 1);
        return missingIndicator ? List.of(value, new TableLayout.Block(name, TableLayout.Kind.BERNOULLI, offset + 1, 1)) : List.of(value);
    }

    @Override
    public String decode(float[] means, int offset, RandomGenerator rng) {
        if (missingIndicator) {
            double missing = means[offset + 1];
            if (rng == null ? missing > 0.5 : rng.nextDouble() < missing) {
                return "";
            }
        }
        return format(means[offset] * std + mean);
    }

    /** {@code value} with {@link #decimals} decimals, in plain notation. */
    String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
        return (rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : rounded).toPlainString();
    }
}
