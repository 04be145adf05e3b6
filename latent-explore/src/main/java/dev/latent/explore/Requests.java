package dev.latent.explore;

import dev.latent.InvalidInputException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a request may carry: indices in range, known query parameters once each, short values. Anything else is one line of 400. */
final class Requests {
    static final int MAX_VALUE_CHARS = 64;

    private Requests() {}

    /** Refuses parameters outside {@code allowed}, repeated ones and long values. */
    static void onlyParameters(Context ctx, Set<String> allowed) {
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw new InvalidInputException("unknown parameter '" + clip(entry.getKey()) + "'; this endpoint takes " + (allowed.isEmpty() ? "none" : allowed));
            }
            if (entry.getValue().size() != 1) {
                throw new InvalidInputException("parameter '" + entry.getKey() + "' is given " + entry.getValue().size() + " times");
            }
            if (entry.getValue().get(0).length() > MAX_VALUE_CHARS) {
                throw new InvalidInputException("parameter '" + entry.getKey() + "' is over " + MAX_VALUE_CHARS + " characters");
            }
        }
    }

    /** A non-negative index below {@code size}. */
    static int index(String what, String text, int size) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidInputException(what + " '" + clip(String.valueOf(text)) + "' is not an index");
        }
        int i = Integer.parseInt(text);
        if (i >= size) {
            throw new InvalidInputException(what + " " + i + " is out of range: there are " + size);
        }
        return i;
    }

    /** The integer query parameter {@code name} in [min, max], or {@code fallback} when absent. */
    static int intParameter(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        if (!text.matches("-?[0-9]{1,10}")) {
            throw new InvalidInputException(name + " '" + clip(text) + "' is not an integer");
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw new InvalidInputException(name + " = " + value + " is outside [" + min + ", " + max + "]");
        }
        return (int) value;
    }

    static String clip(String text) {
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
