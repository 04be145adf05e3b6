package dev.latent.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.latent.InvalidInputException;
import dev.latent.io.SafeTensors.Contents;
import dev.latent.io.SafeTensors.TensorData;
import dev.latent.io.SafeTensorsHeader.DType;
import dev.latent.io.SafeTensorsHeader.Entry;
import dev.latent.io.SafeTensorsHeader.HeaderException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads safetensors files, validating the header completely before reading any data. */
final class SafeTensorsReader {

    /** Far above any real header; stops a corrupt length from allocating gigabytes. */
    static final long MAX_HEADER_BYTES = 100L << 20;
    private static final int CHUNK_BYTES = 1 << 20;
    private static final String ADVICE =
            "; the file is corrupt or not a safetensors file; re-save the model";

    private SafeTensorsReader() {}

    static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Messages.oneLine(file + ": no such safetensors file"
                    + "; check the path"));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, channel);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Messages.oneLine(file + ": no such safetensors file"
                    + "; check the path"), e);
        } catch (IOException e) {
            throw new InvalidInputException(Messages.oneLine(file + ": cannot read the file ("
                    + e.getMessage() + "); check that it exists and is readable"), e);
        }
    }

    private static Contents read(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < 8) {
            throw corrupt(file, "the file has " + size + " bytes, fewer than the 8-byte header"
                    + " length");
        }
        long headerLength = readFully(file, channel, 0, 8).getLong();
        // Unsigned compare: a length with the top bit set reads as negative but means "huge".
        if (Long.compareUnsigned(headerLength, size - 8) > 0) {
            throw corrupt(file, "the header length " + Long.toUnsignedString(headerLength)
                    + " exceeds the " + (size - 8) + " bytes that follow it");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw corrupt(file, "the header length " + headerLength + " exceeds the "
                    + MAX_HEADER_BYTES + "-byte limit");
        }
        SafeTensorsHeader header = header(file, channel, (int) headerLength, size);
        return new Contents(tensors(file, channel, header, 8 + headerLength), header.metadata());
    }

    private static SafeTensorsHeader header(Path file, FileChannel channel, int length,
            long size) throws IOException {
        ByteBuffer bytes = readFully(file, channel, 8, length);
        try {
            JsonNode root = Json.mapper().readTree(decodeUtf8(bytes));
            return SafeTensorsHeader.parse(root, size - 8 - length);
        } catch (CharacterCodingException e) {
            throw corrupt(file, "the header is not valid UTF-8");
        } catch (JacksonException e) {
            throw corrupt(file, "the header is not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (HeaderException e) {
            if (e.unsupported) {
                String line = file + ": " + e.getMessage();
                throw new InvalidInputException(Messages.oneLine(line), e);
            }
            throw corrupt(file, e.getMessage());
        }
    }

    private static String decodeUtf8(ByteBuffer bytes) throws CharacterCodingException {
        // Strict decoding: the default String constructor would silently insert U+FFFD.
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes);
        return chars.toString();
    }

    private static Map<String, TensorData> tensors(Path file, FileChannel channel,
            SafeTensorsHeader header, long dataStart) throws IOException {
        Map<String, TensorData> tensors = new LinkedHashMap<>();
        for (Entry entry : header.entries()) {
            float[] values = values(file, channel, entry, dataStart);
            tensors.put(entry.name(), new TensorData(entry.shape(), values));
        }
        return tensors;
    }

    /** Reads one tensor in bounded chunks, converting F64 to float on the way. */
    private static float[] values(Path file, FileChannel channel, Entry entry, long dataStart)
            throws IOException {
        float[] values = new float[entry.numel()];
        int perChunk = CHUNK_BYTES / entry.dtype().size;
        long position = dataStart + entry.begin();
        for (int start = 0; start < values.length; start += perChunk) {
            int count = Math.min(perChunk, values.length - start);
            ByteBuffer chunk = readFully(file, channel, position, count * entry.dtype().size);
            position += (long) count * entry.dtype().size;
            decode(chunk, entry.dtype(), values, start, count);
        }
        return values;
    }

    private static void decode(ByteBuffer chunk, DType dtype, float[] values, int start,
            int count) {
        if (dtype == DType.F32) {
            chunk.asFloatBuffer().get(values, start, count);
            return;
        }
        for (int i = 0; i < count; i++) {
            values[start + i] = (float) chunk.getDouble();
        }
    }

    private static ByteBuffer readFully(Path file, FileChannel channel, long position,
            int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                // Sizes were checked up front, so this means the file shrank while being read.
                throw corrupt(file, "the file ended early at byte "
                        + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static InvalidInputException corrupt(Path file, String problem) {
        return new InvalidInputException(Messages.oneLine(file + ": " + problem + ADVICE));
    }
}
