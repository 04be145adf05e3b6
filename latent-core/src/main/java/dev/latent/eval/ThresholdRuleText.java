package dev.latent.eval;

import dev.latent.InvalidInputException;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of a {@link ThresholdRule}: reading it, writing its numbers, refusing bad text in one line. */
final class ThresholdRuleText {
    private static final Pattern FORM = Pattern.compile("(quantile|contamination|value):(.*)");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ThresholdRuleText() {}

    static ThresholdRule parse(String text) {
        if (text == null) {
            throw refusal(null, "no rule given");
        }
        String rule = text.strip();
        if (rule.equals("f1")) {
            return new ThresholdRule.F1();
        }
        Matcher matcher = FORM.matcher(rule);
        if (!matcher.matches()) {
            throw refusal(rule, "not one of the four forms");
        }
        String number = matcher.group(2);
        if (!NUMBER.matcher(number).matches()) {
            throw refusal(rule, "\"" + number + "\" is not a decimal number");
        }
        double parameter = Double.parseDouble(number);
        if (Double.isInfinite(parameter)) {
            throw refusal(rule, number + " is too large for a double");
        }
        switch (matcher.group(1)) {
            case "quantile":
                return new ThresholdRule.Quantile(parameter);
            case "contamination":
                return new ThresholdRule.Contamination(parameter);
            default:
                return new ThresholdRule.Value(parameter);
        }
    }

    static void requireOpenUnit(String name, String symbol, double parameter) {
        if (!(parameter > 0 && parameter < 1)) {
            throw refusal(name + ":" + number(parameter), symbol + " must lie strictly between 0 and 1");
        }
    }

    static InvalidInputException refusal(String rule, String problem) {
        String what = rule == null ? "no threshold rule" : "threshold rule \"" + rule + "\"";
        return InvalidInputException.of("threshold", oneLine(what + ": " + problem + "; use one of "
                + ThresholdRule.FORMS + ", e.g. quantile:0.99"));
    }

    /** Shortest plain decimal for numbers of ordinary size ({@code 0.99}, {@code 42}), else Java's. */
    static String number(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        String plain = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return plain.length() <= 24 ? plain : Double.toString(x);
    }

    /** User text can hold line breaks; a refusal stays one line. */
    private static String oneLine(String message) {
        return message.replaceAll("\\R", " ");
    }
}
