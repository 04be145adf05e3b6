package dev.latent.data.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV files: UTF-8 (a byte order mark is dropped), a header line of unique, non-empty
 * column names, then rows of as many fields. The delimiter is given or detected
 * ({@link DelimiterDetection}); quotes follow RFC 4180 (a quoted field may hold the delimiter,
 * line breaks and doubled quotes); blanks around values are trimmed. Image and archive files
 * given by mistake are recognised by their first bytes. Every problem is one
 * {@link dev.latent.InvalidInputException} line naming the file and, where there is one, the row.
 */
public final class CsvFile {
    /** The first bytes of files that are often given by mistake, and what they are. */
    private static final List<Magic> MAGIC = List.of(
            new Magic(new int[] {0x89, 'P', 'N', 'G'}, "looks like a PNG image, not a CSV; give a CSV text file"),
            new Magic(new int[] {0xFF, 0xD8, 0xFF}, "looks like a JPEG image, not a CSV; give a CSV text file"),
            new Magic(new int[] {0x1F, 0x8B}, "looks like a gzip archive, not a CSV; decompress it first (gunzip)"),
            new Magic(new int[] {'P', 'K', 0x03, 0x04}, "looks like a zip archive (an .xlsx workbook is one), not a CSV; unzip it, or export the sheet as CSV"),
            new Magic(new int[] {'P', 'K', 0x05, 0x06}, "looks like an empty zip archive, not a CSV; give a CSV text file"),
            new Magic(new int[] {0xFF, 0xFE}, "starts with a UTF-16 byte order mark: binary or UTF-16, not a UTF-8 CSV; save it as UTF-8"),
            new Magic(new int[] {0xFE, 0xFF}, "starts with a UTF-16 byte order mark: binary or UTF-16, not a UTF-8 CSV; save it as UTF-8"));
    private static final int[] BYTE_ORDER_MARK = {0xEF, 0xBB, 0xBF};
    private static final int SNIFF_BYTES = 4;

    private record Magic(int[] bytes, String what) {}

    private CsvFile() {}

    /** Opens {@code file} for streaming; the caller closes the rows. A file with a header and no rows is allowed here. */
    public static CsvRows open(Path file, CsvOptions options) {
        return open(input(file), file.toString(), options);
    }

    /** As {@link #open(Path, CsvOptions)}, on a stream that the rows close; {@code name} is the file's name in messages. */
    public static CsvRows open(InputStream in, String name, CsvOptions options) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            sniff(buffered, name);
            Utf8Reader decoded = new Utf8Reader(buffered);
            char delimiter;
            Reader replayed;
            if (options.delimiter() == null) {
                String sample = DelimiterDetection.sample(decoded);
                delimiter = DelimiterDetection.detect(sample, sample.length() < DelimiterDetection.SAMPLE_CHARS);
                replayed = new Replay(sample, decoded);
            } else {
                delimiter = options.delimiter();
                replayed = decoded;
            }
            return CsvRows.start(name, new RecordGuard(replayed, name, delimiter, options), delimiter);
        } catch (IOException e) {
            close(in);
            throw Refusals.data(name, "cannot read the file (" + e.getMessage() + "); check that it is readable");
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /** Reads all of {@code file}; refuses a file without data rows. */
    public static RawTable read(Path file, CsvOptions options) {
        return read(input(file), file.toString(), options);
    }

    /** As {@link #read(Path, CsvOptions)}, from a stream that this closes; {@code name} is the file's name in messages. */
    public static RawTable read(InputStream in, String name, CsvOptions options) {
        try (CsvRows rows = open(in, name, options)) {
            List<String[]> all = new ArrayList<>();
            while (rows.hasNext()) {
                if (all.size() == RawTable.MAX_ROWS) {
                    throw Refusals.data(name, "holds more than " + RawTable.MAX_ROWS + " rows, more than one table can hold; stream it with CsvFile.open");
                }
                all.add(rows.next());
            }
            if (all.isEmpty()) {
                throw Refusals.data(name, "holds a header but no data rows; add rows below the header");
            }
            return new RawTable(name, rows.header(), all);
        }
    }

    private static InputStream input(Path file) {
        if (Files.isDirectory(file)) {
            throw Refusals.data(file.toString(), "is a directory, not a CSV file; give the path of a .csv file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw Refusals.data(file.toString(), "no such file; check the path");
        } catch (AccessDeniedException e) {
            throw Refusals.data(file.toString(), "cannot be read (permission denied); check its permissions");
        } catch (IOException e) {
            throw Refusals.data(file.toString(), "cannot be read (" + e.getMessage() + "); check that it exists and is readable");
        }
    }

    /** Refuses known binary formats by their first bytes and steps over a UTF-8 byte order mark. */
    private static void sniff(BufferedInputStream in, String name) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] first = in.readNBytes(SNIFF_BYTES);
        in.reset();
        for (Magic magic : MAGIC) {
            if (startsWith(first, magic.bytes())) {
                throw Refusals.data(name, magic.what());
            }
        }
        if (startsWith(first, BYTE_ORDER_MARK)) {
            in.skipNBytes(BYTE_ORDER_MARK.length);
        }
    }

    private static boolean startsWith(byte[] bytes, int[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException suppressed) {
            // the refusal being thrown says more than a failure to close
        }
    }

    /**
     * The sample read for delimiter detection, then the rest. A read returns sample characters only
     * or rest characters only, so an error from the rest never swallows sample characters that
     * {@link RecordGuard} has yet to count.
     */
    private static final class Replay extends Reader {
        private final String sample;
        private final Reader rest;
        private int position;

        Replay(String sample, Reader rest) {
            this.sample = sample;
            this.rest = rest;
        }

        @Override
        public int read(char[] out, int offset, int length) throws IOException {
            if (position < sample.length()) {
                int n = Math.min(length, sample.length() - position);
                sample.getChars(position, position + n, out, offset);
                position += n;
                return n;
            }
            return rest.read(out, offset, length);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }
}
