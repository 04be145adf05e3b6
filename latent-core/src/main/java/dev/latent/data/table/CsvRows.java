package dev.latent.data.table;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data rows of a CSV file, one at a time: memory stays bounded whatever the file's size.
 * Each row has as many fields as the header, each field trimmed of surrounding blanks. Empty lines
 * at the end are ignored; an empty line between rows is a row of one missing value in a one-column
 * file and an error otherwise. Every problem is an {@link dev.latent.InvalidInputException} line
 * naming the file and the row. Not thread-safe; close it (it closes its input).
 */
public final class CsvRows implements AutoCloseable, Iterator<String[]> {
    private static final String[] EMPTY_LINE = {""};
    private final String name;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    /** Records taken from the parser, the header included: the next one is record {@code taken}. */
    private long taken;
    private long row;
    /** Empty lines read ahead in a one-column file, to be returned before {@link #held}. */
    private long emptyAhead;
    private String[] held;
    private boolean ended;

    private CsvRows(String name, Reader guarded, char delimiter) throws IOException {
        this.name = name;
        this.delimiter = delimiter;
        this.parser = CSVParser.builder().setReader(guarded).setFormat(format(delimiter)).get();
        this.records = parser.iterator();
        this.header = readHeader();
    }

    /** Reads the header from {@code guarded} (a {@link RecordGuard}); closes it when that fails. */
    static CsvRows start(String name, Reader guarded, char delimiter) {
        try {
            return new CsvRows(name, guarded, delimiter);
        } catch (IOException e) {
            closeQuietly(guarded);
            throw Refusals.data(name, "cannot read the file (" + e.getMessage() + "); check that it is readable");
        } catch (RuntimeException e) {
            closeQuietly(guarded);
            throw e;
        }
    }

    /** The format: RFC 4180 quotes, no escape or comment character, blanks around values ignored, empty lines kept. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setQuote('"').setEscape((Character) null)
                .setCommentMarker((Character) null).setIgnoreSurroundingSpaces(true).setTrim(true)
                .setIgnoreEmptyLines(false).get();
    }

    /** The column names, in file order. */
    public List<String> header() {
        return header;
    }

    /** The file's name, as messages give it. */
    public String name() {
        return name;
    }

    /** The delimiter the file was read with (given or detected). */
    public char delimiter() {
        return delimiter;
    }

    /** The 1-based number of the last data row returned (the header is not counted); 0 before the first. */
    public long row() {
        return row;
    }

    @Override
    public boolean hasNext() {
        if (emptyAhead == 0 && held == null && !ended) {
            readAhead();
        }
        return emptyAhead > 0 || held != null;
    }

    /** The next row's fields, as many as the header has; the array is the caller's. */
    @Override
    public String[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException(name + ": no more rows");
        }
        row++;
        if (emptyAhead > 0) {
            emptyAhead--;
            return EMPTY_LINE.clone();
        }
        String[] next = held;
        held = null;
        return next;
    }

    private void readAhead() {
        long empty = 0;
        while (true) {
            String[] fields = take();
            if (fields == null) {
                ended = true; // empty lines at the end are ignored
                return;
            }
            if (fields.length == 1 && fields[0].isEmpty()) {
                empty++;
                continue;
            }
            if (empty > 0 && header.size() > 1) {
                throw Refusals.data(name, "row " + (taken - 1 - empty) + " is an empty line but the header has " + header.size()
                        + " columns; remove the empty line");
            }
            if (fields.length != header.size()) {
                throw Refusals.data(name, "row " + (taken - 1) + " has " + fields.length + (fields.length == 1 ? " field" : " fields")
                        + " but the header has " + header.size() + "; quote values that contain the delimiter " + Refusals.show(delimiterName())
                        + " and check the row");
            }
            emptyAhead = empty;
            held = fields;
            return;
        }
    }

    private List<String> readHeader() {
        String[] names = take();
        if (names == null) {
            throw Refusals.data(name, "the file is empty; give a CSV file whose first line names the columns");
        }
        if (names.length == 1 && names[0].isEmpty()) {
            throw Refusals.data(name, "the first line is empty; the first line must be the header, the names of the columns");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].isEmpty()) {
                throw Refusals.data(name, "column " + (i + 1) + " of the header has no name; name every column in the first line");
            }
            Integer before = seen.put(names[i], i);
            if (before != null) {
                throw Refusals.data(name, "the header names column " + Refusals.show(names[i]) + " twice (columns " + (before + 1) + " and " + (i + 1)
                        + "); give each column a different name");
            }
        }
        return List.of(names);
    }

    /** The next record's fields, or null at the end. */
    private String[] take() {
        long record = taken;
        try {
            if (!records.hasNext()) {
                return null;
            }
            taken++;
            return records.next().values();
        } catch (UncheckedIOException e) {
            throw unparsable(record, e.getCause());
        }
    }

    private RuntimeException unparsable(long record, IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return Refusals.data(name, Refusals.where(record) + " has text after a closing quote; inside a quoted field write a quote twice (\"\")"
                    + ", or quote the whole field");
        }
        if (message.contains("EOF reached before encapsulated token finished")) {
            return Refusals.data(name, Refusals.where(record) + " opens a quote (\") that is never closed; close the quote");
        }
        if (e instanceof org.apache.commons.csv.CSVException) {
            return Refusals.data(name, Refusals.where(record) + " cannot be parsed (" + message + "); check its quotes");
        }
        return Refusals.data(name, "cannot read the file at " + Refusals.where(record) + " (" + e + "); check that it is readable");
    }

    private String delimiterName() {
        return delimiter == '\t' ? "\t" : String.valueOf(delimiter);
    }

    /** Closes the file. */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw Refusals.data(name, "cannot close the file (" + e.getMessage() + ")");
        }
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException suppressed) {
            // the refusal being thrown says more than a failure to close
        }
    }
}
