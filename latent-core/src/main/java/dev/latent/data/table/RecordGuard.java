package dev.latent.data.table;

import java.io.IOException;
import java.io.Reader;

/**
 * Watches the characters on their way to the CSV parser and refuses, naming the row, what the
 * parser would buffer without bound or misread: a field or a row over its limit (checked per
 * character, so a 20 MB field stops at the limit), a NUL (binary or UTF-16 data), bytes that are
 * not UTF-8, and a quote that is never closed.
 *
 * <p>It follows the quoting of the parser's format (RFC 4180 quotes, doubled inside a quoted
 * field; a quote opens a field only at its start, after optional blanks) just far enough to know
 * where fields and rows end; the parser still does the parsing. Rows are counted as the parser
 * counts them, empty lines included: record 0 is the header, record N is data row N.
 */
final class RecordGuard extends Reader {
    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

    private final Reader in;
    private final String source;
    private final char delimiter;
    private final CsvOptions options;
    private State state = State.FIELD_START;
    private long record;
    private long fieldChars;
    private long lineChars;
    private boolean afterCarriageReturn;

    RecordGuard(Reader in, String source, char delimiter, CsvOptions options) {
        this.in = in;
        this.source = source;
        this.delimiter = delimiter;
        this.options = options;
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(chars, offset, length);
        } catch (Utf8Reader.MalformedBytes e) {
            throw Refusals.data(source, Refusals.where(record) + " holds " + e.getMessage()
                    + ", so this is not a UTF-8 CSV; save it as UTF-8 (it may be Latin-1 or Windows-1252)");
        }
        if (n < 0) {
            if (state == State.QUOTED) {
                throw Refusals.data(source, Refusals.where(record) + " opens a quote (\") that is never closed; close the quote, "
                        + "or double it (\"\") inside a quoted field");
            }
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            see(chars[i]);
        }
        return n;
    }

    private void see(char c) {
        if (c == 0) {
            throw Refusals.data(source, Refusals.where(record) + " holds a NUL byte: binary or UTF-16, not a UTF-8 CSV; save it as UTF-8 text");
        }
        if (afterCarriageReturn) {
            afterCarriageReturn = false;
            if (c == '\n' && state == State.FIELD_START && lineChars == 0) {
                return; // the second half of \r\n
            }
        }
        switch (state) {
            case QUOTED -> {
                if (c == '"') {
                    state = State.AFTER_QUOTE;
                }
                count();
            }
            case AFTER_QUOTE -> {
                if (c == '"') {
                    state = State.QUOTED; // a doubled quote inside the field
                    count();
                } else {
                    unquoted(c);
                }
            }
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    count();
                } else if (c != delimiter && c != '\n' && c != '\r' && Character.isWhitespace(c)) {
                    count(); // blanks before a value (the parser ignores them)
                } else {
                    unquoted(c);
                }
            }
            default -> unquoted(c);
        }
    }

    private void unquoted(char c) {
        if (c == delimiter) {
            state = State.FIELD_START;
            fieldChars = 0;
            lineChars++;
            checkLine();
        } else if (c == '\n' || c == '\r') {
            state = State.FIELD_START;
            record++;
            fieldChars = 0;
            lineChars = 0;
            afterCarriageReturn = c == '\r';
        } else {
            state = State.UNQUOTED;
            count();
        }
    }

    private void count() {
        if (++fieldChars > options.maxFieldChars()) {
            throw Refusals.data(source, Refusals.where(record) + " holds a field longer than " + options.maxFieldChars()
                    + " characters; shorten it, or raise the limit (CsvOptions.maxFieldChars)");
        }
        lineChars++;
        checkLine();
    }

    private void checkLine() {
        if (lineChars > options.maxLineChars()) {
            throw Refusals.data(source, Refusals.where(record) + " is longer than " + options.maxLineChars()
                    + " characters; split it, or raise the limit (CsvOptions.maxLineChars)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
