package dev.latent.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.latent.data.IdxReader;
import java.io.ByteArrayInputStream;

/**
 * The IDX reader on arbitrary bytes (raw or gzip): it returns images or refuses with one line;
 * no other exception, no out-of-memory. {@code JAZZER_FUZZ=1 mvn test -Dtest=IdxReaderFuzzTest}
 * fuzzes (see the README); without it the seeds in the resources run as regression tests.
 */
class IdxReaderFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void images(byte[] bytes) {
        FuzzOutcome.acceptOrRefuse(() -> IdxReader.readImages(new ByteArrayInputStream(bytes), "fuzz", bytes.length));
        FuzzOutcome.acceptOrRefuse(() -> IdxReader.readImages(new ByteArrayInputStream(bytes), "fuzz", -1));
        FuzzOutcome.acceptOrRefuse(() -> IdxReader.readLabels(new ByteArrayInputStream(bytes), "fuzz", bytes.length));
    }
}
