package dev.latent.data;

import dev.latent.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files, the format MNIST, Fashion-MNIST and KMNIST ship in: a big-endian magic
 * {@code 0 0 type ndims}, then ndims big-endian u32 sizes, then the data. Only unsigned bytes
 * (type 0x08) are read. Gzip is detected by content (magic 1f 8b), not by file name.
 *
 * <p>Hostile files are expected: the declared size is checked against what the file holds before
 * anything large is allocated (for gzip, the buffer grows only as bytes actually arrive), and
 * every problem is one {@link InvalidInputException} line naming the file.
 */
public final class IdxReader {
    /** The largest payload read: a Java array's limit. */
    static final long MAX_BYTES = Integer.MAX_VALUE - 8;
    /** The largest image side accepted. */
    static final int MAX_SIDE = 16_384;
    private static final int UNSIGNED_BYTE = 0x08;
    private static final int CHUNK = 1 << 20;

    private IdxReader() {}

    /** Reads an idx3 image file (N, H, W) as N grey images. */
    public static Images readImages(Path file) {
        try (InputStream in = open(file)) {
            return readImages(in, file.toString(), Files.size(file));
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** Reads an idx1 label file (N). */
    public static int[] readLabels(Path file) {
        try (InputStream in = open(file)) {
            return readLabels(in, file.toString(), Files.size(file));
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    /** As {@link #readImages(Path)}; {@code fileSize} is -1 when unknown. */
    public static Images readImages(InputStream in, String source, long fileSize) {
        Payload payload = read(in, source, fileSize, 3);
        long[] dims = payload.dims();
        return new Images((int) dims[0], 1, (int) dims[1], (int) dims[2], payload.bytes());
    }

    /** As {@link #readLabels(Path)}; {@code fileSize} is -1 when unknown. */
    public static int[] readLabels(InputStream in, String source, long fileSize) {
        byte[] bytes = read(in, source, fileSize, 1).bytes();
        int[] labels = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            labels[i] = bytes[i] & 0xff;
        }
        return labels;
    }

    private record Payload(long[] dims, byte[] bytes) {}

    private static Payload read(InputStream stream, String source, long fileSize, int expectedDims) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(stream);
            boolean gzip = isGzip(buffered, source);
            InputStream in = gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            long[] dims = header(in, source, expectedDims);
            long headerBytes = 4 + 4L * expectedDims;
            long declared = product(dims, source);
            if (!gzip && fileSize >= 0 && headerBytes + declared != fileSize) {
                throw sizeMismatch(source, dims, declared, fileSize - headerBytes);
            }
            return new Payload(dims, payload(in, source, dims, declared));
        } catch (ZipException e) {
            throw new InvalidInputException(source + ": corrupt gzip data (" + e.getMessage() + "); re-download the file");
        } catch (EOFException e) {
            throw new InvalidInputException(source + ": the file ends early (truncated" + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); re-download the file");
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    private static boolean isGzip(BufferedInputStream in, String source) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first < 0) {
            throw new InvalidInputException(source + ": the file is empty; re-download it");
        }
        return first == 0x1f && second == 0x8b;
    }

    private static long[] header(InputStream in, String source, int expectedDims) throws IOException {
        byte[] magic = readFully(in, 4, source, "header");
        if (magic[0] != 0 || magic[1] != 0) {
            throw new InvalidInputException(String.format("%s: not an IDX file (magic %02x %02x %02x %02x, expected 00 00 08 0%d); give an IDX file such as train-images-idx3-ubyte",
                    source, magic[0], magic[1], magic[2], magic[3], expectedDims));
        }
        int type = magic[2] & 0xff;
        if (type != UNSIGNED_BYTE) {
            throw new InvalidInputException(String.format("%s: IDX element type 0x%02x is not supported; latent reads unsigned-byte (0x08) IDX files", source, type));
        }
        int dimensions = magic[3] & 0xff;
        if (dimensions != expectedDims) {
            throw new InvalidInputException(source + ": has " + dimensions + " dimensions but " + (expectedDims == 3 ? "an image file (idx3) needs 3" : "a label file (idx1) needs 1")
                    + "; check that images and labels are not swapped");
        }
        byte[] sizes = readFully(in, 4 * dimensions, source, "header");
        long[] dims = new long[dimensions];
        for (int d = 0; d < dimensions; d++) {
            dims[d] = ((sizes[4 * d] & 0xffL) << 24) | ((sizes[4 * d + 1] & 0xffL) << 16) | ((sizes[4 * d + 2] & 0xffL) << 8) | (sizes[4 * d + 3] & 0xffL);
            if (dims[d] == 0) {
                throw new InvalidInputException(source + ": " + (d == 0 ? "holds zero " + (expectedDims == 3 ? "images" : "labels") : "has a zero-sized dimension")
                        + "; give a file with data");
            }
        }
        if (dimensions == 3 && (dims[1] > MAX_SIDE || dims[2] > MAX_SIDE)) {
            throw new InvalidInputException(source + ": images of " + dims[1] + "x" + dims[2] + " exceed the " + MAX_SIDE
                    + "-pixel side limit; this is not an image file latent can use");
        }
        return dims;
    }

    private static long product(long[] dims, String source) {
        long product = 1;
        for (long d : dims) {
            if (product > MAX_BYTES / d) {
                throw new InvalidInputException(source + ": header declares " + describe(dims) + ", more than " + MAX_BYTES
                        + " bytes; the header is corrupt or the file too large for latent");
            }
            product *= d;
        }
        return product;
    }

    private static byte[] payload(InputStream in, String source, long[] dims, long declared) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(declared, CHUNK));
        byte[] chunk = new byte[(int) Math.min(declared, CHUNK)];
        long remaining = declared;
        while (remaining > 0) {
            int n = in.read(chunk, 0, (int) Math.min(chunk.length, remaining));
            if (n < 0) {
                throw sizeMismatch(source, dims, declared, declared - remaining);
            }
            out.write(chunk, 0, n);
            remaining -= n;
        }
        long trailing = 0;
        while (in.read() >= 0 && trailing < CHUNK) {
            trailing++;
        }
        if (trailing > 0) {
            throw new InvalidInputException(source + ": " + (trailing >= CHUNK ? "at least " : "") + trailing + " bytes follow the " + describe(dims)
                    + " the header declares; the header or the file is corrupt");
        }
        return out.toByteArray();
    }

    private static byte[] readFully(InputStream in, int count, String source, String part) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new InvalidInputException(source + ": the file ends inside the " + part + " (" + bytes.length + " of " + count
                    + " bytes); re-download the file");
        }
        return bytes;
    }

    private static InvalidInputException sizeMismatch(String source, long[] dims, long declared, long available) {
        String what = available < declared ? "truncated" : "too long";
        return new InvalidInputException(source + ": " + what + ": the header declares " + describe(dims) + " (" + declared + " bytes) but the file holds "
                + Math.max(available, 0) + "; re-download the file");
    }

    private static String describe(long[] dims) {
        if (dims.length == 3) {
            return dims[0] + " images of " + dims[1] + "x" + dims[2];
        }
        return dims[0] + " labels";
    }

    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + ": is a directory, not an IDX file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file; check the path");
        }
    }

    private static InvalidInputException unreadable(String source, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new InvalidInputException(source + ": no such file; check the path");
        }
        return new InvalidInputException(source + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
}
