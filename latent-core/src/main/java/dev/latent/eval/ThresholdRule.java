package dev.latent.eval;

import dev.latent.InvalidInputException;

/**
 * How an anomaly threshold is chosen, as written on the command line: {@code quantile:Q},
 * {@code contamination:P}, {@code f1} or {@code value:X}; {@link Threshold#choose} applies it.
 * {@link #toString} gives the text back, and {@link #parse} of that text gives an equal rule.
 */
public sealed interface ThresholdRule {
    /** The rule used when none is given: the 0.99 quantile of the normal validation scores. */
    ThresholdRule DEFAULT = new Quantile(0.99);

    /** The four forms, for messages. */
    String FORMS = "quantile:Q (0<Q<1), contamination:P (0<P<1), f1, value:X (X finite)";

    /** The form's name: {@code quantile}, {@code contamination}, {@code f1} or {@code value}. */
    String name();

    /** The form's number (Q, P or X); NaN for {@code f1}, which takes none. */
    double parameter();

    /**
     * The Q quantile of the validation scores of normal rows: about a share 1 - Q of normal rows
     * score above it.
     *
     * @param level Q, strictly between 0 and 1
     */
    record Quantile(double level) implements ThresholdRule {
        public Quantile {
            ThresholdRuleText.requireOpenUnit("quantile", "Q", level);
        }

        @Override
        public String name() {
            return "quantile";
        }

        @Override
        public double parameter() {
            return level;
        }

        @Override
        public String toString() {
            return name() + ":" + ThresholdRuleText.number(level);
        }
    }

    /**
     * The 1 - P quantile of the scores being flagged: about a share P of them is flagged.
     *
     * @param share P, the expected share of anomalous rows, strictly between 0 and 1
     */
    record Contamination(double share) implements ThresholdRule {
        public Contamination {
            ThresholdRuleText.requireOpenUnit("contamination", "P", share);
        }

        @Override
        public String name() {
            return "contamination";
        }

        @Override
        public double parameter() {
            return share;
        }

        @Override
        public String toString() {
            return name() + ":" + ThresholdRuleText.number(share);
        }
    }

    /** The threshold with the highest F1 on the labelled validation rows. */
    record F1() implements ThresholdRule {
        @Override
        public String name() {
            return "f1";
        }

        @Override
        public double parameter() {
            return Double.NaN;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /**
     * A threshold given as a number, in the score's own units.
     *
     * @param threshold X, finite
     */
    record Value(double threshold) implements ThresholdRule {
        public Value {
            if (!Double.isFinite(threshold)) {
                throw ThresholdRuleText.refusal("value:" + threshold, "X must be a finite number");
            }
        }

        @Override
        public String name() {
            return "value";
        }

        @Override
        public double parameter() {
            return threshold;
        }

        @Override
        public String toString() {
            return name() + ":" + ThresholdRuleText.number(threshold);
        }
    }

    /**
     * Reads a rule from its text (surrounding white space ignored; names in lower case, numbers in
     * decimal or scientific notation).
     *
     * @throws InvalidInputException for {@code threshold}, one line listing the four forms, for
     *     anything else
     */
    static ThresholdRule parse(String text) {
        return ThresholdRuleText.parse(text);
    }
}
