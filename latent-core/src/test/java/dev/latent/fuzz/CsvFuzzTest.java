package dev.latent.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.latent.data.table.CsvFile;
import dev.latent.data.table.CsvOptions;
import java.io.ByteArrayInputStream;

/**
 * The CSV reader on arbitrary bytes: a table or one clear line; no other exception, no
 * out-of-memory. Read twice: with the defaults, and with limits small enough for the fuzzer to
 * reach them. {@code JAZZER_FUZZ=1 mvn test -Dtest=CsvFuzzTest} fuzzes; without it the seeds in
 * the resources run as regression tests.
 */
class CsvFuzzTest {
    private static final CsvOptions SMALL_LIMITS = new CsvOptions(null, 16, 64);

    @FuzzTest(maxDuration = "8s")
    void read(byte[] bytes) {
        FuzzOutcome.acceptOrRefuse(() -> CsvFile.read(new ByteArrayInputStream(bytes), "fuzz.csv", CsvOptions.DEFAULT));
        FuzzOutcome.acceptOrRefuse(() -> CsvFile.read(new ByteArrayInputStream(bytes), "fuzz.csv", SMALL_LIMITS));
    }
}
