package dev.latent.data.table;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Picks the delimiter from the first lines of a file: among ',', ';' and tab, the one that splits
 * the header into more than one field and the next rows into as many (most header fields wins,
 * then the order above); a comma when every candidate leaves the header one field. When no
 * candidate is consistent, the one that splits the header most is taken, so that the ragged row
 * is then reported with it.
 */
final class DelimiterDetection {
    /** The candidates, in order of preference. */
    static final char[] CANDIDATES = {',', ';', '\t'};
    /** How much of the file is looked at. */
    static final int SAMPLE_CHARS = 1 << 16;
    /** How many rows after the header are compared with it. */
    private static final int SAMPLE_ROWS = 20;

    private DelimiterDetection() {}

    /** The first {@link #SAMPLE_CHARS} characters, or fewer at the end of the input or before bad bytes. */
    static String sample(Reader in) throws IOException {
        char[] buffer = new char[SAMPLE_CHARS];
        int filled = 0;
        try {
            while (filled < buffer.length) {
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    break;
                }
                filled += n;
            }
        } catch (Utf8Reader.MalformedBytes e) {
            // the reader raises it again after the sample, where RecordGuard names its row
        }
        return new String(buffer, 0, filled);
    }

    /**
     * @param sample the start of the file
     * @param complete whether the sample is the whole file (else its last row may be cut)
     */
    static char detect(String sample, boolean complete) {
        char best = ',';
        int bestFields = 1;
        boolean bestConsistent = false;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, candidate, complete);
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            int header = counts.get(0);
            boolean consistent = counts.stream().allMatch(count -> count == header);
            if ((consistent && !bestConsistent) || (consistent == bestConsistent && header > bestFields)) {
                best = candidate;
                bestFields = header;
                bestConsistent = consistent;
            }
        }
        return best;
    }

    /** Fields per row of the sample parsed with {@code delimiter}, empty lines left out. */
    private static List<Integer> fieldCounts(String sample, char delimiter, boolean complete) {
        List<Integer> counts = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(sample)).setFormat(CsvRows.format(delimiter)).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean reachedEnd = false;
            while (counts.size() <= SAMPLE_ROWS) {
                if (!records.hasNext()) {
                    reachedEnd = true;
                    break;
                }
                CSVRecord record = records.next();
                if (record.size() > 1 || !record.get(0).isEmpty()) {
                    counts.add(record.size());
                }
            }
            if (!complete && reachedEnd && counts.size() > 1) {
                counts.remove(counts.size() - 1); // the sample may end inside this row
            }
        } catch (IOException | UncheckedIOException e) {
            // a quote left open by the cut, or bad quoting: judge by the rows read so far
        }
        return counts;
    }
}
