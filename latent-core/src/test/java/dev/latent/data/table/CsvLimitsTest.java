package dev.latent.data.table;

import static dev.latent.data.table.CsvRefusalTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory stays bounded: a huge field stops at the limit, and a million rows stream. */
class CsvLimitsTest {
    private static final int MEGABYTE = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aTwentyMegabyteFieldIsRefusedAfterReadingLittleMoreThanTheLimit() throws IOException {
        Path file = dir.resolve("huge-field.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("id,text\n1,short\n2,".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(MEGABYTE).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
            out.write('\n');
        }
        assertRefused(() -> CsvFile.read(file, CsvOptions.DEFAULT), "huge-field.csv", "row 2", "longer than 1000000 characters");
        try (CountingStream counted = new CountingStream(Files.newInputStream(file))) {
            assertRefused(() -> CsvFile.read(counted, "counted.csv", CsvOptions.DEFAULT), "counted.csv", "row 2");
            // the limit (1e6 characters) plus the readers' buffers, not the 20 MB
            assertThat(counted.bytes).isLessThan(2L * MEGABYTE);
        }
    }

    @Test
    void aMillionRowsStream() throws IOException {
        int rows = 1_000_000;
        long sum = 0;
        try (CsvRows table = CsvFile.open(new GeneratedRows(rows), "generated.csv", CsvOptions.DEFAULT)) {
            assertThat(table.header()).containsExactly("i", "parity");
            while (table.hasNext()) {
                String[] row = table.next();
                sum += Long.parseLong(row[0]);
                assertThat(row[1]).isEqualTo((table.row() - 1) % 2 == 0 ? "even" : "odd");
            }
            assertThat(table.row()).isEqualTo(rows);
        }
        assertThat(sum).isEqualTo((long) rows * (rows - 1) / 2);
    }

    /** {@code i,parity} then rows 0..n-1, made as they are read, never held. */
    private static final class GeneratedRows extends InputStream {
        private final int rows;
        private int next = -1;
        private byte[] line = new byte[0];
        private int at;

        GeneratedRows(int rows) {
            this.rows = rows;
        }

        @Override
        public int read() {
            if (at == line.length) {
                if (next == rows) {
                    return -1;
                }
                line = (next < 0 ? "i,parity\n" : next + "," + (next % 2 == 0 ? "even" : "odd") + "\n").getBytes(StandardCharsets.US_ASCII);
                at = 0;
                next++;
            }
            return line[at++];
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            int n = 0;
            while (n < length) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                bytes[offset + n++] = (byte) b;
            }
            return n;
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long bytes;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            bytes += Math.max(n, 0);
            return n;
        }
    }
}
