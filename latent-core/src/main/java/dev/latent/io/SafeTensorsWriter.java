package dev.latent.io;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latent.io.SafeTensors.Contents;
import dev.latent.io.SafeTensors.TensorData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Writes safetensors files with F32 tensors laid out contiguously in the given order. */
final class SafeTensorsWriter {

    static final String METADATA_KEY = "__metadata__";
    private static final int CHUNK_FLOATS = 1 << 16;

    private SafeTensorsWriter() {}

    static void write(Path file, Contents contents) throws IOException {
        contents.tensors().keySet().forEach(SafeTensorsWriter::checkName);
        byte[] header = header(contents);
        AtomicFiles.write(file, out -> {
            out.write(lengthPrefix(header.length));
            out.write(header);
            for (TensorData tensor : contents.tensors().values()) {
                writeValues(out, tensor.values());
            }
        });
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.equals(METADATA_KEY)) {
            throw new IllegalArgumentException("tensor name \"" + name + "\" is not allowed in a"
                    + " safetensors file; use a non-empty name other than " + METADATA_KEY);
        }
    }

    /** The JSON header, padded with spaces so the data starts 8-byte aligned, as Python does. */
    static byte[] header(Contents contents) throws IOException {
        ObjectNode root = Json.mapper().createObjectNode();
        if (!contents.metadata().isEmpty()) {
            ObjectNode metadata = root.putObject(METADATA_KEY);
            contents.metadata().forEach(metadata::put);
        }
        long offset = 0;
        for (Map.Entry<String, TensorData> entry : contents.tensors().entrySet()) {
            long end = offset + 4L * entry.getValue().numel();
            root.set(entry.getKey(), describe(root, entry.getValue(), offset, end));
            offset = end;
        }
        byte[] json = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(root);
        int padded = (json.length + 7) / 8 * 8;
        byte[] header = Arrays.copyOf(json, padded);
        Arrays.fill(header, json.length, padded, (byte) ' ');
        return header;
    }

    private static ObjectNode describe(ObjectNode root, TensorData tensor, long begin, long end) {
        ObjectNode node = root.objectNode();
        node.put("dtype", "F32");
        ArrayNode shape = node.putArray("shape");
        for (long dim : tensor.shape()) {
            shape.add(dim);
        }
        node.putArray("data_offsets").add(begin).add(end);
        return node;
    }

    private static byte[] lengthPrefix(long length) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(length).array();
    }

    /** Streams the values through a fixed-size buffer so big models need no second copy. */
    private static void writeValues(OutputStream out, float[] values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK_FLOATS * 4).order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = bytes.asFloatBuffer();
        for (int start = 0; start < values.length; start += CHUNK_FLOATS) {
            int count = Math.min(CHUNK_FLOATS, values.length - start);
            floats.clear();
            floats.put(values, start, count);
            out.write(bytes.array(), 0, count * 4);
        }
    }
}
