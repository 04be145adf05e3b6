package dev.latent.data.table;

import dev.latent.InvalidInputException;
import java.util.List;

/**
 * The one shape of a refusal of table data: {@code "<file>: <what is wrong, where>; <what to do>"}
 * on one line. Values and names come from the file, so they are escaped and shortened before
 * they are shown.
 */
final class Refusals {
    /** The longest value quoted in a message. */
    private static final int SHOWN_CHARS = 60;
    /** The most column names listed in a message. */
    private static final int LISTED_NAMES = 20;

    private Refusals() {}

    /** A refusal of the data in {@code source}. */
    static InvalidInputException data(String source, String what) {
        return InvalidInputException.of("data", oneLine(source + ": " + what));
    }

    /** "the header" for record 0, else "row N" (data rows are 1-based, the header excluded). */
    static String where(long record) {
        return record == 0 ? "the header" : "row " + record;
    }

    /** A value from the file, quoted, with control characters escaped and long values cut. */
    static String show(String value) {
        return "'" + plain(value) + "'";
    }

    /** As {@link #show}, without the quotes. */
    static String plain(String value) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(value.length(), SHOWN_CHARS);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > shown) {
            out.append("...");
        }
        return out.toString();
    }

    /** Column names, each shown, the first few of a long list. */
    static String list(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(names.size(), LISTED_NAMES); i++) {
            out.append(i == 0 ? "" : ", ").append(show(names.get(i)));
        }
        if (names.size() > LISTED_NAMES) {
            out.append(" and ").append(names.size() - LISTED_NAMES).append(" more");
        }
        return out.toString();
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\R+", " ");
    }
}
