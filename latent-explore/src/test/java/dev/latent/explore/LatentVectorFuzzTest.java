package dev.latent.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.latent.InvalidInputException;
import java.nio.charset.StandardCharsets;

/** The decode endpoint's body parser on arbitrary bytes: d finite bounded numbers, or one clear line. */
class LatentVectorFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void parse(byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        int d = 1 + (bytes.length > 0 ? bytes[0] & 7 : 0);
        try {
            float[] z = LatentVector.parse(body, d);
            assertThat(z).hasSize(d);
            for (float value : z) {
                assertThat(Math.abs(value)).isLessThanOrEqualTo((float) LatentVector.LIMIT);
            }
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }
}
