package dev.latent.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes the <a href="https://github.com/huggingface/safetensors">safetensors</a>
 * format: an 8-byte little-endian header length N, N bytes of UTF-8 JSON describing each tensor,
 * then the raw little-endian tensor data. latent writes F32 and reads F32 or F64.
 */
public final class SafeTensors {

    private SafeTensors() {}

    /**
     * One tensor: its shape and its values in row-major order. The shape is copied; the values are
     * not, so that loading a large model does not hold two copies of it. Treat them as read-only.
     *
     * @param shape the dimensions, each non-negative; empty for a scalar
     * @param values the elements, exactly as many as the shape implies
     */
    public record TensorData(long[] shape, float[] values) {

        /** Checks that the shape and the number of values agree. */
        public TensorData {
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(values, "values");
            shape = shape.clone();
            long numel;
            try {
                numel = Shapes.numel(shape);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape)
                        + " has more elements than a long can count", e);
            }
            if (numel != values.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs "
                        + numel + " values but " + values.length + " were given");
            }
        }

        /** Returns a copy of the shape, so the record stays unchanged. */
        @Override
        public long[] shape() {
            return shape.clone();
        }

        /** Returns the number of elements. */
        public int numel() {
            return values.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TensorData that
                    && Arrays.equals(shape, that.shape)
                    && Arrays.equals(values, that.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "TensorData[shape=" + Arrays.toString(shape) + ", numel=" + values.length + "]";
        }
    }

    /**
     * What a safetensors file holds: tensors by name and free-form string metadata, both in file
     * order and unmodifiable.
     *
     * @param tensors the tensors by name
     * @param metadata the {@code __metadata__} entries; empty when the file has none
     */
    public record Contents(Map<String, TensorData> tensors, Map<String, String> metadata) {

        /** Copies both maps, keeping their iteration order. */
        public Contents {
            tensors = copy(tensors, "tensors");
            metadata = copy(metadata, "metadata");
        }

        private static <V> Map<String, V> copy(Map<String, V> map, String what) {
            Objects.requireNonNull(map, what);
            Map<String, V> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, what + " key"),
                    Objects.requireNonNull(value, what + " value")));
            return Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Writes tensors as F32, in the map's iteration order, atomically.
     *
     * @param file the file to write
     * @param tensors the tensors by name; names must be non-empty and not {@code __metadata__}
     * @param metadata string metadata stored under {@code __metadata__}; may be empty
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if a name is not allowed
     */
    public static void write(Path file, Map<String, TensorData> tensors,
            Map<String, String> metadata) throws IOException {
        SafeTensorsWriter.write(file, new Contents(tensors, metadata));
    }

    /**
     * Reads a safetensors file, validating the whole header against the file before any data is
     * read, so a corrupt or hostile file fails with one clear line rather than a crash or a huge
     * allocation.
     *
     * @param file the file to read
     * @return the tensors (converted to float) and the metadata
     * @throws dev.latent.InvalidInputException if the file is missing, unreadable, corrupt, not
     *     safetensors, or holds a dtype other than F32 or F64
     */
    public static Contents read(Path file) {
        return SafeTensorsReader.read(file);
    }
}
