package dev.latent.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRawAndGzipByContentNotByName() throws IOException {
        byte[] raw = IdxFiles.images(3, 4, 5);
        Images fromRaw = IdxReader.readImages(write("named.gz", raw));
        Images fromGzip = IdxReader.readImages(write("no-extension", IdxFiles.gzip(raw)));
        assertThat(fromRaw).isEqualTo(fromGzip);
        assertThat(fromRaw.count()).isEqualTo(3);
        assertThat(fromRaw.height()).isEqualTo(4);
        assertThat(fromRaw.width()).isEqualTo(5);
        assertThat(fromRaw.channels()).isEqualTo(1);
        assertThat(fromRaw.pixels()).isEqualTo(Arrays.copyOfRange(raw, 16, raw.length));
    }

    @Test
    void readsLabels() throws IOException {
        assertThat(IdxReader.readLabels(write("labels", IdxFiles.gzip(IdxFiles.labels(7, 0, 255))))).containsExactly(7, 0, 255);
    }

    @Test
    void rejectsMissingAndEmptyFiles() throws IOException {
        assertOneLine(() -> IdxReader.readImages(dir.resolve("absent")), "absent", "no such file");
        assertOneLine(() -> IdxReader.readImages(write("empty", new byte[0])), "empty", "empty");
    }

    @Test
    void rejectsWrongMagicTypeAndDimensions() throws IOException {
        byte[] good = IdxFiles.images(2, 2, 2);
        byte[] magic = good.clone();
        magic[0] = 0x50;
        assertOneLine(() -> IdxReader.readImages(write("magic", magic)), "magic", "not an IDX file");
        byte[] type = good.clone();
        type[2] = 0x0D;
        assertOneLine(() -> IdxReader.readImages(write("type", type)), "type", "0x0d is not supported");
        assertOneLine(() -> IdxReader.readImages(write("swapped", IdxFiles.labels(1, 2))), "swapped", "1 dimensions");
    }

    @Test
    void rejectsZeroImages() throws IOException {
        assertOneLine(() -> IdxReader.readImages(write("zero", IdxFiles.idx(8, new int[] {0, 28, 28}, new byte[0]))), "zero", "zero images");
    }

    @Test
    void rejectsTruncationInHeaderAndDataAndTrailingBytes() throws IOException {
        byte[] good = IdxFiles.images(2, 3, 3);
        assertOneLine(() -> IdxReader.readImages(write("header", Arrays.copyOf(good, 9))), "header", "ends inside the header");
        assertOneLine(() -> IdxReader.readImages(write("data", Arrays.copyOf(good, good.length - 1))), "data", "truncated");
        assertOneLine(() -> IdxReader.readImages(write("long", Arrays.copyOf(good, good.length + 3))), "long", "too long");
        assertOneLine(() -> IdxReader.readImages(write("gzdata", IdxFiles.gzip(Arrays.copyOf(good, good.length - 1)))), "gzdata", "truncated");
        assertOneLine(() -> IdxReader.readImages(write("gzlong", IdxFiles.gzip(Arrays.copyOf(good, good.length + 3)))), "gzlong", "3 bytes follow");
    }

    @Test
    void everyTruncationOfASmallGzipFileIsOneClearLine() throws IOException {
        byte[] gz = IdxFiles.gzip(IdxFiles.images(4, 5, 5));
        for (int length = 0; length < gz.length; length++) {
            Path file = write("cut" + length, Arrays.copyOf(gz, length));
            assertThatThrownBy(() -> IdxReader.readImages(file)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains(file.toString()));
        }
    }

    @Test
    void rejectsCorruptGzip() throws IOException {
        byte[] gz = IdxFiles.gzip(IdxFiles.images(4, 5, 5));
        for (int i = 12; i < gz.length - 8; i++) {
            gz[i] ^= 0x5A;
        }
        assertOneLine(() -> IdxReader.readImages(write("corrupt", gz)), "corrupt", "");
    }

    @Test
    void refusesHugeDeclaredSizesWithoutAllocatingThem() throws IOException {
        // (2^31-1) x 16384^2 overflows any array; 2^31-17 images of 1x1 is larger than the 20-byte file.
        assertOneLine(() -> IdxReader.readImages(write("overflow", header(Integer.MAX_VALUE, 16384, 16384))), "overflow", "more than");
        assertOneLine(() -> IdxReader.readImages(write("big", header(Integer.MAX_VALUE - 16, 1, 1))), "big", "truncated");
        assertOneLine(() -> IdxReader.readImages(write("gzbig", IdxFiles.gzip(header(Integer.MAX_VALUE - 16, 1, 1)))), "gzbig", "truncated");
        assertOneLine(() -> IdxReader.readImages(write("side", header(1, 20000, 2))), "side", "side limit");
    }

    private static byte[] header(int n, int h, int w) {
        return ByteBuffer.allocate(20).put(new byte[] {0, 0, 8, 3}).putInt(n).putInt(h).putInt(w).putInt(0).array();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static void assertOneLine(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String fileName, String phrase) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fileName).contains(phrase).doesNotContain("\n"));
    }
}
