package dev.latent.data.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding (malformed bytes are REPORTed, never replaced). Unlike
 * {@link java.io.InputStreamReader}, the characters before a bad byte are delivered first and
 * the error is raised on the next read, so that {@link RecordGuard}, which counts rows in what it
 * has been given, names the row that holds the bad byte.
 */
final class Utf8Reader extends Reader {
    /** Bytes that are not UTF-8; {@link RecordGuard} adds the row. */
    static final class MalformedBytes extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedBytes(String message) {
            super(message);
        }
    }

    private static final int BUFFER_BYTES = 1 << 16;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
    private final CharBuffer decoded = CharBuffer.allocate(BUFFER_BYTES);
    private boolean endOfInput;
    private IOException pending;

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip(); // both empty, in read mode
        decoded.flip();
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!decoded.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int n = Math.min(length, decoded.remaining());
        decoded.get(out, offset, n);
        return n;
    }

    /** Refills {@link #decoded}; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (pending != null) {
            throw pending;
        }
        decoded.clear();
        try {
            while (true) {
                CoderResult result = decoder.decode(bytes, decoded, endOfInput);
                if (result.isError()) {
                    pending = malformed();
                    if (decoded.position() > 0) {
                        return true; // the characters before the bad byte first; the error on the next read
                    }
                    throw pending;
                }
                if (result.isOverflow() || decoded.position() > 0) {
                    return true;
                }
                if (endOfInput) {
                    return false; // UTF-8 keeps no state to flush
                }
                fill();
            }
        } finally {
            decoded.flip();
        }
    }

    private void fill() throws IOException {
        bytes.compact(); // keeps the start of a sequence cut by the buffer's end
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private MalformedBytes malformed() {
        String what = bytes.hasRemaining() ? String.format("byte 0x%02X", bytes.get(bytes.position()) & 0xff) : "a truncated character at the end";
        return new MalformedBytes("invalid UTF-8 (" + what + ")");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
