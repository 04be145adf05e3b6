package dev.latent.io;

import static dev.latent.io.SafeTensorsFiles.concat;
import static dev.latent.io.SafeTensorsFiles.f32;
import static dev.latent.io.SafeTensorsFiles.file;
import static dev.latent.io.SafeTensorsFiles.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.latent.InvalidInputException;
import dev.latent.io.SafeTensors.TensorData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed file must fail with one clear line, never another exception type. */
class SafeTensorsValidationTest {

    @TempDir
    Path dir;

    private static String entry(String name, String dtype, String shape, String offsets) {
        return "\"" + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape
                + ",\"data_offsets\":" + offsets + "}";
    }

    @Test
    void missingFile() {
        assertRejected(dir.resolve("nope.safetensors"), "no such");
    }

    @Test
    void directoryIsNotAFile() {
        assertRejected(dir, "no such");
    }

    @Test
    void tooShort() throws IOException {
        assertRejected(write(new byte[] {1, 0, 0}), "fewer than the 8-byte");
    }

    @Test
    void headerLengthBeyondFile() throws IOException {
        assertRejected(write(raw(100, "{}".getBytes(StandardCharsets.UTF_8), new byte[0])),
                "exceeds the 2 bytes");
    }

    @Test
    void hugeHeaderLengthIsRejectedBeforeAllocating() throws IOException {
        assertRejected(write(raw(1L << 62, new byte[8], new byte[0])), "header length");
        assertRejected(write(raw(-1L, new byte[8], new byte[0])), "18446744073709551615");
    }

    @Test
    void headerOverLimitIsRejected() throws IOException {
        Path path = dir.resolve("sparse.safetensors");
        long length = SafeTensorsReader.MAX_HEADER_BYTES + 1;
        try (var channel = java.nio.channels.FileChannel.open(path,
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(raw(length, new byte[0], new byte[0])));
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), 8 + length - 1);
        }
        assertRejected(path, "limit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all | not valid JSON",
        "{\"a\": | not valid JSON",
        "{} {} | not valid JSON",
        "[1, 2] | must be a JSON object",
        "'' | header is empty",
        "\"text\" | must be a JSON object",
        "{\"a\":1,\"a\":2} | not valid JSON",
        "{\"w\":5} | is not a JSON object",
        "{\"__metadata__\":[]} | __metadata__ is not a JSON object",
        "{\"__metadata__\":{\"k\":1}} | not a string",
        "{\"w\":{\"shape\":[],\"data_offsets\":[0,0]}} | has no dtype",
        "{\"w\":{\"dtype\":\"F32\",\"data_offsets\":[0,0]}} | has no shape",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[0]}} | has no data_offsets",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0],\"x\":1}} | unexpected",
        "{\"w\":{\"dtype\":7,\"shape\":[0],\"data_offsets\":[0,0]}} | dtype is not a string",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":0,\"data_offsets\":[0,0]}} | not a JSON array",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,0]}} | non-negative",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,0]}} | non-negative",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[\"2\"],\"data_offsets\":[0,0]}} | non-negative",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[99999999999999999999],\"data_offsets\":[0,0]}}"
                + " | non-negative",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}"
                + " | long can count",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[3000000000],\"data_offsets\":[0,0]}} | can hold",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0]}} | [begin, end]",
        "{\"w\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[-4,0]}} | non-negative",
    })
    void malformedHeader(String json, String expected) throws IOException {
        assertRejected(write(file(json.equals("''") ? "" : json, new byte[0])), expected);
    }

    @Test
    void invalidUtf8Header() throws IOException {
        byte[] header = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};
        assertRejected(write(raw(header.length, header, new byte[0])), "UTF-8");
    }

    @Test
    void unsupportedDtypeNamesTensorAndF32() throws IOException {
        String json = "{" + entry("enc.w", "BF16", "[2]", "[0,4]") + "}";
        InvalidInputException e = assertRejected(write(file(json, new byte[4])),
                "unsupported dtype BF16 for tensor \"enc.w\"; latent stores F32");
        assertThat(e.getMessage()).doesNotContain("corrupt");
    }

    @Test
    void offsetsOutOfRange() throws IOException {
        String json = "{" + entry("w", "F32", "[2]", "[4,12]") + "}";
        assertRejected(write(file(json, f32(1f, 2f))), "outside the 8-byte data buffer");
    }

    @Test
    void offsetsBackwards() throws IOException {
        String json = "{" + entry("w", "F32", "[0]", "[8,4]") + "}";
        assertRejected(write(file(json, f32(1f, 2f))), "outside");
    }

    @Test
    void offsetsInconsistentWithShape() throws IOException {
        String json = "{" + entry("w", "F32", "[3]", "[0,8]") + "}";
        assertRejected(write(file(json, f32(1f, 2f))), "need 12");
    }

    @Test
    void overlappingEntries() throws IOException {
        String json = "{" + entry("a", "F32", "[2]", "[0,8]") + ","
                + entry("b", "F32", "[2]", "[4,12]") + "}";
        assertRejected(write(file(json, f32(1f, 2f, 3f))), "overlaps");
    }

    @Test
    void gapBetweenEntries() throws IOException {
        String json = "{" + entry("a", "F32", "[1]", "[0,4]") + ","
                + entry("b", "F32", "[1]", "[8,12]") + "}";
        assertRejected(write(file(json, f32(1f, 2f, 3f))), "gap before tensor \"b\"");
    }

    @Test
    void trailingBytes() throws IOException {
        String json = "{" + entry("a", "F32", "[1]", "[0,4]") + "}";
        assertRejected(write(file(json, concat(f32(1f), new byte[3]))), "3 trailing bytes");
    }

    @Test
    void messageStaysOnOneLineEvenWithNewlineInName() throws IOException {
        String json = "{" + entry("bad\\nname", "I8", "[1]", "[0,1]") + "}";
        assertRejected(write(file(json, new byte[1])), "bad name");
    }

    @Test
    void everyTruncationIsRejectedCleanly() throws IOException {
        Path valid = dir.resolve("valid.safetensors");
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        tensors.put("w", new TensorData(new long[] {2, 2}, new float[] {1f, 2f, 3f, 4f}));
        tensors.put("b", new TensorData(new long[] {2}, new float[] {5f, 6f}));
        SafeTensors.write(valid, tensors, Map.of("format", "pt"));
        byte[] bytes = Files.readAllBytes(valid);
        for (int length = 0; length < bytes.length; length++) {
            Path cut = dir.resolve("cut" + length);
            Files.write(cut, Arrays.copyOf(bytes, length));
            assertRejected(cut, "");
        }
    }

    private Path write(byte[] bytes) throws IOException {
        Path path = Files.createTempFile(dir, "bad", ".safetensors");
        Files.write(path, bytes);
        return path;
    }

    private static InvalidInputException assertRejected(Path path, String expected) {
        Throwable thrown = catchThrowable(() -> SafeTensors.read(path));
        assertThat(thrown).as("reading %s", path).isExactlyInstanceOf(InvalidInputException.class);
        String message = thrown.getMessage();
        assertThat(message).contains(path.toString()).contains(expected)
                .doesNotContain("\n").doesNotContain("\r");
        return (InvalidInputException) thrown;
    }
}
