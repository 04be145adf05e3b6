package dev.latent.io;

import static dev.latent.io.SafeTensorsFiles.concat;
import static dev.latent.io.SafeTensorsFiles.f32;
import static dev.latent.io.SafeTensorsFiles.f64;
import static dev.latent.io.SafeTensorsFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.io.SafeTensors.Contents;
import dev.latent.io.SafeTensors.TensorData;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeTensorsTest {

    @TempDir
    Path dir;

    private static final float[] AWKWARD = {
        0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE,
        -Float.MAX_VALUE, 1e-30f, -3.5e25f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.NaN
    };

    @Test
    void roundTripIsBitIdentical() throws IOException {
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        tensors.put("encoder.weight", new TensorData(new long[] {3, 4}, AWKWARD));
        tensors.put("scalar", new TensorData(new long[] {}, new float[] {42.5f}));
        tensors.put("empty", new TensorData(new long[] {2, 0, 5}, new float[0]));
        tensors.put("decoder.bias", new TensorData(new long[] {2}, new float[] {1f, -2f}));
        Path path = dir.resolve("m.safetensors");

        SafeTensors.write(path, tensors, Map.of());
        Contents read = SafeTensors.read(path);

        assertThat(read.tensors()).containsExactlyEntriesOf(tensors);
        assertThat(read.metadata()).isEmpty();
        float[] values = read.tensors().get("encoder.weight").values();
        for (int i = 0; i < AWKWARD.length; i++) {
            assertThat(Float.floatToRawIntBits(values[i]))
                    .isEqualTo(Float.floatToRawIntBits(AWKWARD[i]));
        }
        assertThat(read.tensors().get("empty").shape()).containsExactly(2, 0, 5);
        assertThat(read.tensors().get("scalar").shape()).isEmpty();
    }

    @Test
    void largeTensorStreamsAcrossChunks() throws IOException {
        float[] big = new float[300_001];
        for (int i = 0; i < big.length; i++) {
            big[i] = i * 0.5f - 7f;
        }
        Map<String, TensorData> tensors =
                Map.of("big", new TensorData(new long[] {big.length}, big));
        Path path = dir.resolve("big.safetensors");
        SafeTensors.write(path, tensors, Map.of());
        assertThat(SafeTensors.read(path).tensors()).isEqualTo(tensors);
    }

    @Test
    void metadataRoundTrips() throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format", "pt");
        metadata.put("latent.config", "{\"latent\": 16}\nnext line é");
        Path path = dir.resolve("meta.safetensors");
        SafeTensors.write(path, Map.of("w", new TensorData(new long[] {1}, new float[] {1f})),
                metadata);
        assertThat(SafeTensors.read(path).metadata()).containsExactlyEntriesOf(metadata);
    }

    @Test
    void headerIsPaddedWithSpacesToEightByteAlignment() throws IOException {
        for (String name : List.of("a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "x_y")) {
            Path path = dir.resolve(name + ".safetensors");
            SafeTensors.write(path, Map.of(name, new TensorData(new long[] {1}, new float[] {2f})),
                    Map.of());
            byte[] bytes = Files.readAllBytes(path);
            long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            assertThat((8 + n) % 8).isZero();
            String header = new String(bytes, 8, (int) n, StandardCharsets.UTF_8);
            assertThat(header.strip()).startsWith("{").endsWith("}");
            assertThat(header.substring(header.lastIndexOf('}') + 1)).matches(" *");
            assertThat(bytes.length - 8 - n).isEqualTo(4);
        }
    }

    @Test
    void writtenHeaderFollowsTheSpec() throws IOException {
        Path path = dir.resolve("spec.safetensors");
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        tensors.put("b", new TensorData(new long[] {2, 3}, new float[6]));
        tensors.put("a", new TensorData(new long[] {1}, new float[] {5f}));
        SafeTensors.write(path, tensors, Map.of("k", "v"));
        byte[] bytes = Files.readAllBytes(path);
        int n = (int) ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        JsonNode header = Json.mapper().readTree(new String(bytes, 8, n, StandardCharsets.UTF_8));
        assertThat(header.get("__metadata__").get("k").asText()).isEqualTo("v");
        assertThat(header.get("b").toString())
                .isEqualTo("{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}");
        assertThat(header.get("a").toString())
                .isEqualTo("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[24,28]}");
        assertThat(ByteBuffer.wrap(bytes, 8 + n + 24, 4).order(ByteOrder.LITTLE_ENDIAN)
                .getFloat()).isEqualTo(5f);
    }

    /** Interop: bytes laid out by hand per the Python format, with entries out of order. */
    @Test
    void readsHandBuiltFileFollowingTheSpec() throws IOException {
        String json = "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"z.weight\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[8,24]},"
                + "\"a.bias\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"d\":{\"shape\":[1],\"data_offsets\":[24,32],\"dtype\":\"F64\"}}";
        byte[] data = concat(f32(-1f, 0.25f), f32(1f, 2f, 3f, 4f), f64(0.1));
        Path path = write("hand.safetensors", file(json + "    ", data));

        Contents read = SafeTensors.read(path);

        assertThat(read.metadata()).containsExactly(Map.entry("format", "pt"));
        assertThat(read.tensors().keySet()).containsExactly("a.bias", "z.weight", "d");
        assertThat(read.tensors().get("a.bias").values()).containsExactly(-1f, 0.25f);
        assertThat(read.tensors().get("z.weight").shape()).containsExactly(2, 2);
        assertThat(read.tensors().get("z.weight").values()).containsExactly(1f, 2f, 3f, 4f);
        assertThat(read.tensors().get("d").values()).containsExactly(0.1f);
    }

    @Test
    void readsFileWithNoTensors() throws IOException {
        Path path = write("empty.safetensors", file("{}", new byte[0]));
        assertThat(SafeTensors.read(path).tensors()).isEmpty();
    }

    @Test
    void writeRejectsReservedAndEmptyNames() {
        TensorData t = new TensorData(new long[] {1}, new float[] {1f});
        assertThatThrownBy(() -> SafeTensors.write(dir.resolve("x"), Map.of("", t), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SafeTensors.write(dir.resolve("x"), Map.of("__metadata__", t),
                Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void tensorDataChecksShapeAgainstValues() {
        assertThatThrownBy(() -> new TensorData(new long[] {2, 3}, new float[5]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TensorData(new long[] {-1, -1}, new float[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TensorData(new long[] {1L << 40, 1L << 40}, new float[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TensorData(new long[] {1L << 62, 0}, new float[0]).numel()).isZero();
    }

    @Test
    void tensorDataIsImmutableAndComparesByContent() {
        long[] shape = {2};
        TensorData t = new TensorData(shape, new float[] {1f, 2f});
        shape[0] = 5;
        t.shape()[0] = 7;
        assertThat(t.shape()).containsExactly(2);
        assertThat(t).isEqualTo(new TensorData(new long[] {2}, new float[] {1f, 2f}))
                .hasSameHashCodeAs(new TensorData(new long[] {2}, new float[] {1f, 2f}))
                .isNotEqualTo(new TensorData(new long[] {1, 2}, new float[] {1f, 2f}));
    }

    @Test
    void contentsMapsAreUnmodifiableCopies() {
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        tensors.put("b", new TensorData(new long[] {}, new float[] {1f}));
        tensors.put("a", new TensorData(new long[] {}, new float[] {2f}));
        Contents contents = new Contents(tensors, Map.of());
        tensors.clear();
        assertThat(contents.tensors().keySet()).containsExactly("b", "a");
        assertThatThrownBy(() -> contents.tensors().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }
}
