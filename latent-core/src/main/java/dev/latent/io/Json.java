package dev.latent.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.latent.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The one JSON configuration latent uses for its files: strict when reading (unknown properties,
 * duplicate keys and trailing content are errors, because a typo in a config should not be
 * silently ignored) and indented when writing, so files are readable and diff well.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES) // every config field is required
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // snake_case keys, as Python readers of config.json expect (latent_dim, not latentDim)
            .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private Json() {}

    /**
     * The shared mapper. It is thread-safe to use but shared by all of latent, so do not
     * reconfigure it; derive a reader or writer ({@code mapper().writer().without(...)}) instead.
     *
     * @return the configured mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a JSON file into a value of the given type.
     *
     * @param file the file to read
     * @param type the type to bind to; records are supported
     * @param <T> the type
     * @return the value
     * @throws InvalidInputException with one line naming the file and the problem
     */
    public static <T> T read(Path file, Class<T> type) {
        return parse(file, in -> MAPPER.readValue(in, type));
    }

    /**
     * As {@link #read(Path, Class)}, the file's tree first passed through {@code upgrade} (which
     * fills in what an older format did not have), then bound as strictly.
     */
    public static <T> T read(Path file, Class<T> type, UnaryOperator<JsonNode> upgrade) {
        return parse(file, in -> {
            JsonNode tree = MAPPER.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidInputException(Messages.oneLine(file + ": empty file; fix the file or create it again"));
            }
            return MAPPER.treeToValue(upgrade.apply(tree), type);
        });
    }

    private interface Reading<T> {
        T from(InputStream in) throws IOException;
    }

    private static <T> T parse(Path file, Reading<T> reading) {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.from(in);
        } catch (JacksonException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                // a record's constructor rejected a value: its message already says what is wrong
                throw new InvalidInputException(Messages.oneLine(file + ": " + invalid.getMessage()), e);
            }
            throw new InvalidInputException(Messages.oneLine(file + ": invalid JSON" + where(e)
                    + ": " + e.getOriginalMessage() + "; fix the file or create it again"), e);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(
                    Messages.oneLine(file + ": no such file; check the path"), e);
        } catch (IOException e) {
            throw new InvalidInputException(Messages.oneLine(file + ": cannot read the file ("
                    + e + "); check that it exists and is readable"), e);
        }
    }

    /**
     * Writes a value as indented JSON, atomically, ending with a newline.
     *
     * @param file the file to write
     * @param value the value
     * @throws IOException if the file cannot be written or the value cannot be serialized
     */
    public static void write(Path file, Object value) throws IOException {
        // Serialize first, so a value Jackson cannot handle never touches the disk.
        String text = MAPPER.writeValueAsString(value) + "\n";
        AtomicFiles.writeString(file, text);
    }

    private static String where(JacksonException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
