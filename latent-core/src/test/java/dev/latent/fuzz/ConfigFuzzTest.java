package dev.latent.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.latent.io.Json;
import dev.latent.store.RunConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** config.json on arbitrary bytes: a checked config or one clear line, nothing else. */
class ConfigFuzzTest {
    private static final Path FILE = temporaryFile();

    @FuzzTest(maxDuration = "8s")
    void read(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        FuzzOutcome.acceptOrRefuse(() -> Json.read(FILE, RunConfig.class));
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("latent-fuzz", ".json");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
