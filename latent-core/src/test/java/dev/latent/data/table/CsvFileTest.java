package dev.latent.data.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a CSV file reads as: delimiters, byte order mark, quotes, blanks, line endings, streaming. */
class CsvFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void detectsTheDelimiterThatSplitsHeaderAndRowsAlike(String delimiter) throws IOException {
        // the other candidates appear inside values, so only the real delimiter splits every row in three
        String text = String.join(delimiter, "name", "score", "note") + "\n"
                + String.join(delimiter, "ann", "1", "a" + (delimiter.equals(",") ? ";" : ",") + "b") + "\n"
                + String.join(delimiter, "bob", "2", "c") + "\n";
        try (CsvRows rows = CsvFile.open(write("d.csv", text), CsvOptions.DEFAULT)) {
            assertThat(rows.delimiter()).isEqualTo(delimiter.charAt(0));
            assertThat(rows.header()).containsExactly("name", "score", "note");
            assertThat(rows.next()).containsExactly("ann", "1", delimiter.equals(",") ? "a;b" : "a,b");
        }
    }

    @Test
    void aConsistentSplitBeatsAWiderOneAndTheWidestConsistentSplitWins() throws IOException {
        // comma: 2 fields then 3 (inconsistent); semicolon: 2 and 2
        assertThat(CsvFile.open(write("c1.csv", "a,b;c\n1,2;3,4\n"), CsvOptions.DEFAULT).delimiter()).isEqualTo(';');
        // both consistent: semicolon splits in 3, comma in 2
        assertThat(CsvFile.open(write("c2.csv", "a;b,c;d\n1;2,3;4\n5;6,7;8\n"), CsvOptions.DEFAULT).delimiter()).isEqualTo(';');
        // both consistent and as wide: the comma comes first
        assertThat(CsvFile.open(write("c3.csv", "a,b;c\n1,2;3\n"), CsvOptions.DEFAULT).delimiter()).isEqualTo(',');
    }

    @Test
    void aOneColumnFileIsReadWithACommaAndAGivenDelimiterWins() throws IOException {
        Path single = write("single.csv", "temperature\n1.5\n2.5\n");
        assertThat(CsvFile.open(single, CsvOptions.DEFAULT).delimiter()).isEqualTo(',');
        assertThat(CsvFile.read(single, CsvOptions.DEFAULT).value(1, 0)).isEqualTo("2.5");
        Path semicolons = write("given.csv", "a;b,c\n1;2,3\n");
        RawTable given = CsvFile.read(semicolons, CsvOptions.DEFAULT.withDelimiter(','));
        assertThat(given.header()).containsExactly("a;b", "c");
    }

    @Test
    void aQuotedDelimiterInTheHeaderDoesNotCount() throws IOException {
        RawTable table = CsvFile.read(write("q.csv", "\"a,b\";c\n1;2\n"), CsvOptions.DEFAULT);
        assertThat(table.header()).containsExactly("a,b", "c");
    }

    @Test
    void dropsAByteOrderMarkFromTheFirstName() throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] body = "age,city\n30,Paris\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        RawTable table = CsvFile.read(file, CsvOptions.DEFAULT);
        assertThat(table.header()).containsExactly("age", "city");
        assertThat(table.columnIndex("age")).isZero();
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes() throws IOException {
        String text = "id,comment,n\n"
                + "1,\"fine, thanks\",2\n"
                + "2,\"two\nlines\",3\n"
                + "3,\"she said \"\"hi\"\"\",4\n";
        RawTable table = CsvFile.read(write("quotes.csv", text), CsvOptions.DEFAULT);
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.value(0, 1)).isEqualTo("fine, thanks");
        assertThat(table.value(1, 1)).isEqualTo("two\nlines");
        assertThat(table.value(2, 1)).isEqualTo("she said \"hi\"");
        assertThat(table.value(2, 2)).isEqualTo("4");
    }

    @Test
    void trimsBlanksAroundValuesQuotedOrNot() throws IOException {
        RawTable table = CsvFile.read(write("blanks.csv", " a , b \n  1 ,  \"x, y\"  \n"), CsvOptions.DEFAULT);
        assertThat(table.header()).containsExactly("a", "b");
        assertThat(table.row(0)).containsExactly("1", "x, y");
    }

    @Test
    void readsWindowsLineEndingsAndIgnoresEmptyLinesAtTheEnd() throws IOException {
        RawTable table = CsvFile.read(write("crlf.csv", "a,b\r\n1,2\r\n3,4\r\n\r\n\n   \n"), CsvOptions.DEFAULT);
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.row(1)).containsExactly("3", "4");
    }

    @Test
    void anEmptyLineInAOneColumnFileIsAMissingValue() throws IOException {
        RawTable table = CsvFile.read(write("one.csv", "x\n1\n\n3\n\n"), CsvOptions.DEFAULT);
        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.value(1, 0)).isEmpty();
        assertThat(RawTable.isMissing(table.value(1, 0))).isTrue();
        assertThat(table.value(2, 0)).isEqualTo("3");
    }

    @Test
    void streamsRowsCountingThemFromOneBelowTheHeader() throws IOException {
        Path file = write("stream.csv", "k,v\na,1\nb,2\nc,3\n");
        List<Long> numbers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (CsvRows rows = CsvFile.open(file, CsvOptions.DEFAULT)) {
            assertThat(rows.name()).isEqualTo(file.toString());
            assertThat(rows.row()).isZero();
            while (rows.hasNext()) {
                keys.add(rows.next()[0]);
                numbers.add(rows.row());
            }
        }
        assertThat(keys).containsExactly("a", "b", "c");
        assertThat(numbers).containsExactly(1L, 2L, 3L);
    }

    @Test
    void openAllowsAHeaderWithoutRows() throws IOException {
        try (CsvRows rows = CsvFile.open(write("header.csv", "a,b\n"), CsvOptions.DEFAULT)) {
            assertThat(rows.header()).containsExactly("a", "b");
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void readsTextInAnyScriptAndKeepsAQuoteInsideAnUnquotedValue() throws IOException {
        RawTable table = CsvFile.read(write("utf8.csv", "ville,taille\nZürich,5\" pipe\n東京,3\n"), CsvOptions.DEFAULT);
        assertThat(table.value(0, 0)).isEqualTo("Zürich");
        assertThat(table.value(0, 1)).isEqualTo("5\" pipe");
        assertThat(table.value(1, 0)).isEqualTo("東京");
    }

    @Test
    void aTableIsImmutableAndSelectsRows() throws IOException {
        RawTable table = CsvFile.read(write("t.csv", "a\n1\n2\n3\n"), CsvOptions.DEFAULT);
        table.row(0)[0] = "changed";
        assertThat(table.value(0, 0)).isEqualTo("1");
        RawTable selected = table.select(new int[] {2, 0});
        assertThat(selected.rowCount()).isEqualTo(2);
        assertThat(selected.row(0)).containsExactly("3");
        assertThat(selected.row(1)).containsExactly("1");
        assertThat(RawTable.of(table.name(), table.header(), List.of(new String[] {"1"}, new String[] {"2"}, new String[] {"3"}))).isEqualTo(table);
    }

    @Test
    void missingValuesAreEmptyNaNanAndNullInAnyCase() {
        for (String missing : List.of("", "NA", "na", "NaN", "nan", "NAN", "null", "NULL", "Null")) {
            assertThat(RawTable.isMissing(missing)).as(missing).isTrue();
        }
        for (String present : List.of("0", "N", "none", "nul", "n/a ", "-", "NAs")) {
            assertThat(RawTable.isMissing(present)).as(present).isFalse();
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
