package dev.latent.data.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad CSV is refused with one line that names the file and, where there is one, the row. */
class CsvRefusalTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyFileAndOneWithOnlyAByteOrderMark() throws IOException {
        assertRefused(read("empty.csv", new byte[0]), "empty.csv", "the file is empty");
        assertRefused(read("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "bom.csv", "the file is empty");
        assertRefused(read("blank.csv", "\n\na,b\n1,2\n"), "blank.csv", "first line is empty");
    }

    @Test
    void readRefusesAHeaderWithoutRows() throws IOException {
        assertRefused(read("header.csv", "a,b\n\n"), "header.csv", "no data rows");
    }

    @Test
    void refusesARaggedRowNamingItAndItsFieldCount() throws IOException {
        assertRefused(read("ragged.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n"), "ragged.csv", "row 3 has 2 fields", "header has 3");
        assertRefused(read("long.csv", "a,b\n1,2,3\n"), "long.csv", "row 1 has 3 fields");
        assertRefused(read("gap.csv", "a,b\n1,2\n\n3,4\n"), "gap.csv", "row 2 is an empty line");
    }

    @Test
    void refusesAnUnterminatedQuoteNamingTheRowThatOpensIt() throws IOException {
        assertRefused(read("open.csv", "a,b\n1,2\n3,\"four\n5,6\n"), "open.csv", "row 2", "never closed");
        assertRefused(read("openheader.csv", "\"a,b\n"), "openheader.csv", "the header", "never closed");
    }

    @Test
    void refusesTextAfterAClosingQuote() throws IOException {
        assertRefused(read("after.csv", "a,b\n1,2\n\"x\"y,3\n"), "after.csv", "row 2", "after a closing quote");
    }

    @Test
    void refusesNulBytesAsBinaryOrUtf16() throws IOException {
        assertRefused(read("utf16.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE)), "utf16.csv", "binary or UTF-16, not a UTF-8 CSV");
        assertRefused(read("utf16bom.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16)), "utf16bom.csv", "UTF-16");
        assertRefused(read("nul.csv", "a,b\n1,2\n3,\u00004\n"), "nul.csv", "row 2", "NUL");
    }

    @Test
    void refusesInvalidUtf8NamingTheRowFarPastTheFirstBuffers() throws IOException {
        // 9,999 good rows (about 150 kB, past the detection sample and the decoder's buffers), then Latin-1
        StringBuilder text = new StringBuilder("city,n\n");
        for (int i = 1; i < 10_000; i++) {
            text.append("Paris-").append(i).append(',').append(i).append('\n');
        }
        text.append("Z\u00fcrich,1\n");
        assertRefused(read("latin1.csv", text.toString().getBytes(StandardCharsets.ISO_8859_1)), "latin1.csv", "row 10000", "invalid UTF-8", "0xFC");
        assertRefused(read("latin1header.csv", "caf\u00e9,n\n1,2\n".getBytes(StandardCharsets.ISO_8859_1)), "latin1header.csv", "the header", "invalid UTF-8");
        // \r\n ends one row, and a quoted line break none
        assertRefused(read("crlf.csv", "a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n4,\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1)), "crlf.csv", "row 3", "invalid UTF-8");
        byte[] cut = "a,b\n1,\u20ac".getBytes(StandardCharsets.UTF_8);
        assertRefused(read("cut.csv", java.util.Arrays.copyOf(cut, cut.length - 1)), "cut.csv", "row 1", "invalid UTF-8");
    }

    @Test
    void refusesDuplicateAndEmptyColumnNames() throws IOException {
        assertRefused(read("dup.csv", "a,b,a\n1,2,3\n"), "dup.csv", "'a' twice", "columns 1 and 3");
        assertRefused(read("noname.csv", "a,,c\n1,2,3\n"), "noname.csv", "column 2 of the header has no name");
    }

    @Test
    void refusesImagesAndArchivesNamedCsv() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertRefused(read("png.csv", png), "png.csv", "looks like a PNG image, not a CSV");
        assertRefused(read("jpeg.csv", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}), "jpeg.csv", "looks like a JPEG image, not a CSV");
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(read("gz.csv", gzip.toByteArray()), "gz.csv", "gzip", "not a CSV");
        assertRefused(read("xlsx.csv", new byte[] {'P', 'K', 3, 4, 20, 0}), "xlsx.csv", "zip", "not a CSV");
    }

    @Test
    void refusesAMissingFileAndADirectory() {
        assertRefused(() -> CsvFile.read(dir.resolve("absent.csv"), CsvOptions.DEFAULT), "absent.csv", "no such file");
        assertRefused(() -> CsvFile.read(dir, CsvOptions.DEFAULT), dir.toString(), "is a directory");
    }

    @Test
    void refusesAFieldOrALineOverTheLimitsNamingTheRow() throws IOException {
        CsvOptions small = new CsvOptions(null, 10, 25);
        assertRefused(read("field.csv", "a,b\n1,2\n3,12345678901\n", small), "field.csv", "row 2", "field longer than 10 characters");
        assertRefused(read("quoted.csv", "a,b\n\"12345\n678901\",2\n", small), "quoted.csv", "row 1", "field longer than 10");
        assertRefused(read("line.csv", "a,b,c\n1234567890,1234567890,1234567890\n", small), "line.csv", "row 1", "longer than 25 characters");
        assertThat(CsvFile.read(write("fits.csv", "a,b\n1234567890,2\n".getBytes(StandardCharsets.UTF_8)), small).value(0, 0)).isEqualTo("1234567890");
    }

    @Test
    void aFileNameWithALineBreakStillGivesOneLine() throws IOException {
        assertRefused(() -> CsvFile.read(new java.io.ByteArrayInputStream(new byte[0]), "two\nlines.csv", CsvOptions.DEFAULT), "two lines.csv");
    }

    static void assertRefused(ThrowingCallable call, String... phrases) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r").contains(phrases);
            assertThat(e.parameter()).isEqualTo("data");
        });
    }

    private ThrowingCallable read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ThrowingCallable read(String name, String text, CsvOptions options) throws IOException {
        Path file = write(name, text.getBytes(StandardCharsets.UTF_8));
        return () -> CsvFile.read(file, options);
    }

    private ThrowingCallable read(String name, byte[] bytes) throws IOException {
        Path file = write(name, bytes);
        return () -> CsvFile.read(file, CsvOptions.DEFAULT);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
