package dev.latent.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed, fully validated JSON header of a safetensors file. Every check here runs before any
 * tensor data is read or any array allocated, so a bad header can only ever produce a
 * {@link HeaderException}.
 *
 * @param entries the tensors sorted by where their data begins, which is the file's layout
 * @param metadata the {@code __metadata__} strings, in file order
 */
record SafeTensorsHeader(List<Entry> entries, Map<String, String> metadata) {

    /** Largest tensor latent can hold: Java arrays are indexed by int. */
    private static final long MAX_NUMEL = Integer.MAX_VALUE - 8;
    private static final Set<String> ENTRY_KEYS = Set.of("dtype", "shape", "data_offsets");

    SafeTensorsHeader {
        entries = List.copyOf(entries);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A header problem, phrased as a fragment the reader turns into a user-facing line. */
    static final class HeaderException extends Exception {
        private static final long serialVersionUID = 1L;
        /** True when the file is fine but uses a dtype latent does not load. */
        final boolean unsupported;

        HeaderException(String message, boolean unsupported) {
            super(message);
            this.unsupported = unsupported;
        }

        HeaderException(String message) {
            this(message, false);
        }
    }

    /**
     * One tensor's description.
     *
     * @param name the tensor name
     * @param dtype its element type
     * @param shape its dimensions
     * @param begin start of its bytes, relative to the data buffer
     * @param end end (exclusive) of its bytes
     */
    record Entry(String name, DType dtype, long[] shape, long begin, long end) {
        int numel() {
            return (int) ((end - begin) / dtype.size);
        }
    }

    /** The element types latent reads. */
    enum DType {
        F32(4), F64(8);

        final int size;

        DType(int size) {
            this.size = size;
        }
    }

    /**
     * Validates a parsed header against the size of the data buffer that follows it.
     *
     * @param root the parsed JSON
     * @param dataLength bytes in the file after the header
     * @return the validated header
     * @throws HeaderException naming the first problem found
     */
    static SafeTensorsHeader parse(JsonNode root, long dataLength) throws HeaderException {
        if (root.isMissingNode()) {
            throw new HeaderException("the header is empty");
        }
        if (!(root instanceof ObjectNode)) {
            throw new HeaderException("the header is JSON " + root.getNodeType()
                    + " but must be a JSON object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (field.getKey().equals(SafeTensorsWriter.METADATA_KEY)) {
                metadata = metadata(field.getValue());
            } else {
                entries.add(entry(field.getKey(), field.getValue(), dataLength));
            }
        }
        entries.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        checkTiling(entries, dataLength);
        return new SafeTensorsHeader(entries, metadata);
    }

    private static Map<String, String> metadata(JsonNode node) throws HeaderException {
        if (!node.isObject()) {
            throw new HeaderException("__metadata__ is not a JSON object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isTextual()) {
                throw new HeaderException("__metadata__ value for \"" + field.getKey()
                        + "\" is not a string");
            }
            metadata.put(field.getKey(), field.getValue().textValue());
        }
        return metadata;
    }

    private static Entry entry(String name, JsonNode node, long dataLength)
            throws HeaderException {
        String where = "tensor \"" + name + "\"";
        checkKeys(node, where);
        DType dtype = dtype(node.get("dtype"), name, where);
        long[] shape = longs(node.get("shape"), where + " shape");
        long[] offsets = longs(node.get("data_offsets"), where + " data_offsets");
        if (offsets.length != 2) {
            throw new HeaderException(where + " data_offsets has " + offsets.length
                    + " numbers but needs [begin, end]");
        }
        long numel = numel(shape, where);
        checkOffsets(offsets[0], offsets[1], numel * dtype.size, dataLength, where);
        return new Entry(name, dtype, shape, offsets[0], offsets[1]);
    }

    private static void checkKeys(JsonNode node, String where) throws HeaderException {
        if (!node.isObject()) {
            throw new HeaderException(where + " is not a JSON object");
        }
        for (String key : ENTRY_KEYS) {
            if (!node.has(key)) {
                throw new HeaderException(where + " has no " + key);
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (!ENTRY_KEYS.contains(key)) {
                throw new HeaderException(where + " has unexpected key \"" + key + "\"");
            }
        }
    }

    private static DType dtype(JsonNode node, String name, String where) throws HeaderException {
        if (!node.isTextual()) {
            throw new HeaderException(where + " dtype is not a string");
        }
        for (DType dtype : DType.values()) {
            if (dtype.name().equals(node.textValue())) {
                return dtype;
            }
        }
        throw new HeaderException("unsupported dtype " + node.textValue() + " for tensor \""
                + name + "\"; latent stores F32", true);
    }

    private static long[] longs(JsonNode node, String where) throws HeaderException {
        if (!node.isArray()) {
            throw new HeaderException(where + " is not a JSON array");
        }
        long[] values = new long[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = node.get(i);
            // Fractions, strings and numbers beyond a long are all malformed, not roundable.
            if (!item.isIntegralNumber() || !item.canConvertToLong() || item.longValue() < 0) {
                throw new HeaderException(where + " holds " + item
                        + ", not a non-negative integer");
            }
            values[i] = item.longValue();
        }
        return values;
    }

    private static long numel(long[] shape, String where) throws HeaderException {
        long numel;
        try {
            numel = Shapes.numel(shape);
        } catch (ArithmeticException e) {
            throw new HeaderException(where + " shape " + Arrays.toString(shape)
                    + " has more elements than a long can count");
        }
        if (numel > MAX_NUMEL) {
            throw new HeaderException(where + " has " + numel
                    + " elements, more than latent can hold in one array");
        }
        return numel;
    }

    private static void checkOffsets(long begin, long end, long bytes, long dataLength,
            String where) throws HeaderException {
        if (begin > end || end > dataLength) {
            throw new HeaderException(where + " data_offsets [" + begin + ", " + end
                    + "] fall outside the " + dataLength + "-byte data buffer");
        }
        if (end - begin != bytes) {
            throw new HeaderException(where + " data_offsets [" + begin + ", " + end + "] span "
                    + (end - begin) + " bytes but its shape and dtype need " + bytes);
        }
    }

    /** The spec requires the tensors to cover the data buffer exactly, with no gaps or overlaps. */
    private static void checkTiling(List<Entry> sorted, long dataLength) throws HeaderException {
        long expected = 0;
        for (Entry entry : sorted) {
            if (entry.begin() > expected) {
                throw new HeaderException("bytes " + expected + " to " + entry.begin()
                        + " of the data buffer belong to no tensor (gap before tensor \""
                        + entry.name() + "\")");
            }
            if (entry.begin() < expected) {
                throw new HeaderException("tensor \"" + entry.name()
                        + "\" overlaps the tensor before it at byte " + entry.begin());
            }
            expected = entry.end();
        }
        if (expected != dataLength) {
            throw new HeaderException((dataLength - expected)
                    + " trailing bytes after the last tensor's data");
        }
    }
}
