package dev.latent.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/** Test helper: builds IDX bytes (raw or gzip) from sizes and data. */
final class IdxFiles {
    private IdxFiles() {}

    static byte[] idx(int type, int[] dims, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        buffer.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        for (int d : dims) {
            buffer.putInt(d);
        }
        buffer.put(data);
        return buffer.array();
    }

    static byte[] images(int count, int height, int width) {
        byte[] data = new byte[count * height * width];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        return idx(0x08, new int[] {count, height, width}, data);
    }

    static byte[] labels(int... labels) {
        byte[] data = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            data[i] = (byte) labels[i];
        }
        return idx(0x08, new int[] {labels.length}, data);
    }

    static byte[] gzip(byte[] raw) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(raw);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
