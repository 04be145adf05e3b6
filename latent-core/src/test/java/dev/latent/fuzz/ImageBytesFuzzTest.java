package dev.latent.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.latent.data.ImageBytes;
import dev.latent.data.ImageOptions;

/**
 * Image bytes from outside (a blob column of a Spark table) on arbitrary bytes: C x H x W pixels
 * or one clear line; no other exception, no out-of-memory. Seeds: a tiny PNG and a tiny JPEG.
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ImageBytesFuzzTest} fuzzes.
 */
class ImageBytesFuzzTest {
    private static final ImageOptions RGB = new ImageOptions(3, 5, 7);

    @FuzzTest(maxDuration = "8s")
    void decode(byte[] bytes) {
        FuzzOutcome.acceptOrRefuse(() -> ImageBytes.decode(bytes, ImageOptions.DEFAULT, "fuzz"));
        FuzzOutcome.acceptOrRefuse(() -> ImageBytes.decode(bytes, RGB, "fuzz"));
    }
}
