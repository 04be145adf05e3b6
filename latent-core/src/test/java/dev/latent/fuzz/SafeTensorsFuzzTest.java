package dev.latent.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.latent.io.SafeTensors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The safetensors reader on arbitrary files: weights or one clear line, nothing else. */
class SafeTensorsFuzzTest {
    private static final Path FILE = temporaryFile();

    @FuzzTest(maxDuration = "8s")
    void read(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        FuzzOutcome.acceptOrRefuse(() -> SafeTensors.read(FILE));
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("latent-fuzz", ".safetensors");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
