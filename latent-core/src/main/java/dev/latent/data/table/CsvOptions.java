package dev.latent.data.table;

import dev.latent.InvalidInputException;

/**
 * How a CSV file is read.
 *
 * @param delimiter the field separator, or null to detect it among ',', ';' and tab from the first
 *     lines (see {@link CsvFile})
 * @param maxFieldChars the longest field accepted, in characters; reading stops as soon as a field
 *     grows past it, so a hostile file cannot make latent buffer a huge field
 * @param maxLineChars the longest row accepted, in characters (quoted line breaks included)
 */
public record CsvOptions(Character delimiter, int maxFieldChars, int maxLineChars) {
    /** Detect the delimiter; a million characters per field and per row. */
    public static final CsvOptions DEFAULT = new CsvOptions(null, 1_000_000, 1_000_000);

    public CsvOptions {
        if (delimiter != null && (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == 0)) {
            throw InvalidInputException.of("delimiter", "a CSV delimiter cannot be a quote, a line break or NUL, got "
                    + Refusals.show(delimiter.toString()) + "; use ',', ';' or a tab");
        }
        if (maxFieldChars < 1 || maxLineChars < 1) {
            throw InvalidInputException.of("maxFieldChars", "maxFieldChars and maxLineChars must be at least 1, got "
                    + maxFieldChars + " and " + maxLineChars);
        }
    }

    /** These options with a fixed delimiter. */
    public CsvOptions withDelimiter(char delimiter) {
        return new CsvOptions(delimiter, maxFieldChars, maxLineChars);
    }
}
