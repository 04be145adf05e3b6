package dev.latent.data.table;

/**
 * How table values are read as numbers: plain decimal notation ({@code 12}, {@code -0.5},
 * {@code 1.5e-3}) as {@link Double#parseDouble} reads it after a check of its form (so that
 * Java's {@code 1d} and {@code 0x1p3} spellings are text), and {@code inf},
 * {@code infinity} with an optional sign in any case, which parse as numbers so that schema
 * inference sees the column as numeric, and are refused when the column is encoded.
 */
final class Numbers {
    /** The most decimals a numeric column prints with. */
    static final int MAX_DECIMALS = 6;

    private Numbers() {}

    /** The value of {@code text}, or NaN when it is not a number. */
    static double parse(String text) {
        if (!isDecimal(text)) {
            return text.isEmpty() ? Double.NaN : infinity(text);
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN; // not expected after isDecimal; text all the same
        }
    }

    /**
     * {@code [+-]? digits [. digits] [(e|E) [+-]? digits]} with a digit before or after the point:
     * checked by hand, because a column of dates or codes would otherwise cost an exception per value.
     */
    private static boolean isDecimal(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int mantissaDigits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double infinity(String text) {
        if (text.length() > "+infinity".length()) {
            return Double.NaN;
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        String magnitude = text.charAt(0) == '-' || text.charAt(0) == '+' ? text.substring(1) : text;
        if (magnitude.equalsIgnoreCase("inf") || magnitude.equalsIgnoreCase("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        return Double.NaN;
    }

    /** Whether {@code value} is a whole number. */
    static boolean isInteger(double value) {
        return Double.isFinite(value) && value == Math.rint(value);
    }

    /**
     * The decimals {@code text} (a number) is written with: digits after the point, less the
     * exponent ({@code 1.25} and {@code 1.25e0} have 2, {@code 125e-2} too, {@code 1.5e3} none), at
     * most {@link #MAX_DECIMALS}.
     */
    static int decimals(String text) {
        int exponentAt = Math.max(text.indexOf('e'), text.indexOf('E'));
        int end = exponentAt < 0 ? text.length() : exponentAt;
        int point = text.indexOf('.');
        long fraction = point < 0 || point > end ? 0 : end - point - 1;
        long exponent = exponentAt < 0 ? 0 : exponent(text.substring(exponentAt + 1));
        return (int) Math.max(0, Math.min(MAX_DECIMALS, fraction - exponent));
    }

    /** An exponent's value, clamped to a range where it cannot overflow the arithmetic above. */
    private static long exponent(String digits) {
        long value = 0;
        int sign = 1;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '-') {
                sign = -1;
            } else if (c >= '0' && c <= '9') {
                value = Math.min(1_000_000, value * 10 + (c - '0'));
            }
        }
        return sign * value;
    }
}
