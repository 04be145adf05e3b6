package dev.latent.examples;

import java.util.ArrayList;
import java.util.List;

/** Cutting a snippet out of a file, and putting two snippets on the same footing. */
final class Snippets {
    private Snippets() {}

    /**
     * The lines strictly between the first line that is {@code begin} and the next line after it
     * that is {@code end} (each compared without surrounding whitespace).
     */
    static List<String> between(String begin, String end, List<String> lines) {
        int from = indexOfStripped(begin, lines, 0);
        if (from < 0) {
            throw new AssertionError("no line '" + begin.strip() + "'");
        }
        int to = indexOfStripped(end, lines, from + 1);
        if (to < 0) {
            throw new AssertionError("no line '" + end.strip() + "' after '" + begin.strip() + "'");
        }
        return lines.subList(from + 1, to);
    }

    /** The lines without the indentation they all share (blank lines aside) and without trailing blanks. */
    static List<String> dedent(List<String> lines) {
        int common = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                common = Math.min(common, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(common).stripTrailing());
        }
        return out;
    }

    /** The lines without blank lines at either end. */
    static List<String> trimBlankLines(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    private static int indexOfStripped(String wanted, List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(wanted.strip())) {
                return i;
            }
        }
        return -1;
    }
}
