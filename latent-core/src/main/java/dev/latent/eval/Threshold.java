package dev.latent.eval;

import dev.latent.InvalidInputException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * An anomaly threshold and where it came from, as saved in {@code threshold.json}: a row is
 * flagged when its score is above {@link #value}.
 *
 * @param rule the {@link ThresholdRule#name} it was chosen by: quantile, contamination, f1 or value
 * @param parameter that rule's number (Q, P or X); NaN for f1, which takes none
 * @param value the threshold, in the units of the score it applies to; not NaN
 * @param origin one sentence saying how the value was reached, e.g. "the 0.99 quantile of
 *     negative_elbo_nats over 918 normal validation rows held out at training"
 */
public record Threshold(String rule, double parameter, double value, String origin) {
    private static final Set<String> RULES = Set.of("quantile", "contamination", "f1", "value");

    public Threshold {
        if (rule == null || !RULES.contains(rule)) {
            throw InvalidInputException.of("threshold", "threshold rule \"" + rule + "\" is not one of quantile, contamination, f1, value");
        }
        if (Double.isNaN(value)) {
            throw InvalidInputException.of("threshold", "the threshold value is NaN; choose the threshold again");
        }
        if (origin == null || origin.isBlank()) {
            throw InvalidInputException.of("threshold", "the threshold has no origin; choose the threshold again");
        }
    }

    /** Whether a row with this score is flagged as anomalous: {@code score > value}. */
    public boolean flags(double score) {
        return score > value;
    }

    /**
     * Applies a rule.
     *
     * <ul>
     *   <li>{@code quantile:Q}: numpy's default (linear) Q quantile of the validation scores of
     *       normal rows (flag false, or every row when there are no flags);
     *   <li>{@code contamination:P}: the 1 - P quantile of the scored rows' scores, so that a
     *       share of about P of them is flagged;
     *   <li>{@code f1}: the threshold with the best F1 over the labelled validation rows (see
     *       {@link BestF1}: midpoints between consecutive distinct scores, or just below the lowest);
     *   <li>{@code value:X}: X.
     * </ul>
     *
     * @param validationScores the scores of the validation rows held out at training; null or
     *     empty when the model has none (only quantile and f1 need them)
     * @param validationAnomalous one flag per validation row, true for an anomalous one; null when
     *     the validation rows are unlabelled (taken as normal)
     * @param scoredScores the scores of the rows being flagged (only contamination needs them)
     * @param scoreName the score's name with its unit, e.g. {@code negative_elbo_nats}
     * @throws InvalidInputException for {@code threshold}, one line, when the rule cannot be
     *     applied to these rows (none to take it from, no labels for f1, a NaN score)
     */
    public static Threshold choose(ThresholdRule rule, double[] validationScores, boolean[] validationAnomalous,
            double[] scoredScores, String scoreName) {
        if (rule == null || scoreName == null || scoreName.isBlank()) {
            throw new IllegalArgumentException("a threshold needs a rule and a score name, got " + rule + " and " + scoreName);
        }
        if (validationScores != null && validationAnomalous != null && validationScores.length != validationAnomalous.length) {
            throw new IllegalArgumentException("one anomalous flag per validation score: got " + validationScores.length
                    + " scores and " + validationAnomalous.length + " flags");
        }
        if (rule instanceof ThresholdRule.Quantile quantile) {
            return normalQuantile(quantile, validationScores, validationAnomalous, scoreName);
        }
        if (rule instanceof ThresholdRule.Contamination contamination) {
            return contamination(contamination, scoredScores, scoreName);
        }
        if (rule instanceof ThresholdRule.F1) {
            return bestF1(validationScores, validationAnomalous, scoreName);
        }
        ThresholdRule.Value value = (ThresholdRule.Value) rule;
        return new Threshold(value.name(), value.threshold(), value.threshold(),
                "the fixed " + scoreName + " threshold given as " + value);
    }

    private static Threshold normalQuantile(ThresholdRule.Quantile rule, double[] validationScores,
            boolean[] validationAnomalous, String scoreName) {
        if (validationScores == null || validationScores.length == 0) {
            throw InvalidInputException.of("threshold", "no validation rows: the model was trained without a held-out"
                    + " validation split; retrain with a validation fraction or use the threshold rule value:X or contamination:P");
        }
        requireNumbers("validation row", validationScores, scoreName);
        double[] normal = validationAnomalous == null ? validationScores : normalRows(validationScores, validationAnomalous);
        int anomalous = validationScores.length - normal.length;
        if (normal.length == 0) {
            throw InvalidInputException.of("threshold", "no normal validation rows: all " + anomalous + " held-out"
                    + " validation rows are labelled anomalous, so " + rule + " has nothing to take a quantile of;"
                    + " use the threshold rule f1, value:X or contamination:P");
        }
        double value = LinearQuantile.of(normal, rule.level());
        String leftOut = anomalous == 0 ? "" : " (the " + anomalous + " labelled anomalous left out)";
        return new Threshold(rule.name(), rule.level(), value, "the " + ThresholdRuleText.number(rule.level())
                + " quantile of " + scoreName + " over " + normal.length + " normal validation rows held out at training" + leftOut);
    }

    private static Threshold contamination(ThresholdRule.Contamination rule, double[] scoredScores, String scoreName) {
        if (scoredScores == null || scoredScores.length == 0) {
            throw InvalidInputException.of("threshold", "no scored rows: " + rule + " flags a share of the rows being"
                    + " scored, and there are none; score at least one row or use the threshold rule quantile:Q or value:X");
        }
        requireNumbers("scored row", scoredScores, scoreName);
        double value = LinearQuantile.of(scoredScores, 1 - rule.share());
        BigDecimal share = BigDecimal.valueOf(rule.share());
        String level = BigDecimal.ONE.subtract(share).stripTrailingZeros().toPlainString();
        String percent = share.movePointRight(2).stripTrailingZeros().toPlainString();
        return new Threshold(rule.name(), rule.share(), value, "the " + level + " quantile of " + scoreName + " over the "
                + scoredScores.length + " scored rows, so that about " + percent + "% of them are flagged");
    }

    private static Threshold bestF1(double[] validationScores, boolean[] validationAnomalous, String scoreName) {
        if (validationScores == null || validationScores.length == 0) {
            throw InvalidInputException.of("threshold", "no validation rows: f1 chooses the threshold on labelled held-out"
                    + " validation rows and the model was trained without a validation split; retrain with a validation"
                    + " fraction or use the threshold rule value:X or contamination:P");
        }
        if (validationAnomalous == null) {
            throw InvalidInputException.of("threshold", "no labels: f1 needs to know which validation rows are anomalous"
                    + " and the " + validationScores.length + " held-out rows are unlabelled; use the threshold rule quantile:Q,"
                    + " contamination:P or value:X");
        }
        requireNumbers("validation row", validationScores, scoreName);
        RankedScores ranked = RankedScores.of(validationScores, validationAnomalous);
        if (ranked.anomalousCount == 0) {
            throw InvalidInputException.of("threshold", "no anomalous validation rows: all " + ranked.normalCount
                    + " held-out rows are labelled normal, so F1 is 0 at every threshold; use the threshold rule quantile:Q,"
                    + " contamination:P or value:X");
        }
        BestF1 best = BestF1.of(ranked);
        Confusion confusion = best.confusion();
        return new Threshold("f1", Double.NaN, best.threshold(), String.format(Locale.ROOT,
                "the %s threshold with the best F1, %.4f (precision %.4f, recall %.4f), over %d labelled validation rows"
                        + " held out at training (%d anomalous)", scoreName, confusion.f1(), confusion.precision(),
                confusion.recall(), validationScores.length, ranked.anomalousCount));
    }

    private static double[] normalRows(double[] scores, boolean[] anomalous) {
        int count = 0;
        for (boolean a : anomalous) {
            count += a ? 0 : 1;
        }
        double[] normal = new double[count];
        for (int i = 0, j = 0; i < scores.length; i++) {
            if (!anomalous[i]) {
                normal[j++] = scores[i];
            }
        }
        return normal;
    }

    private static void requireNumbers(String row, double[] scores, String scoreName) {
        if (scores == null) {
            return;
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw InvalidInputException.of("threshold", row + " " + i + " has a NaN " + scoreName + ", so no threshold"
                        + " can be placed among the scores; check that row's input, or the model for diverged weights");
            }
        }
    }
}
