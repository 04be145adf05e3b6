package dev.latent.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The corruptions' statistics on 100,000 pixels, against the binomial and normal spreads they should have. */
class CorruptionTest {
    private static final int N = 100_000;

    private static float[] corrupt(String spec, float value, long seed) {
        float[] pixels = new float[N];
        Arrays.fill(pixels, value);
        return Corruption.parse(spec).apply(Tensor.of(pixels, 10, 1, 100, 100), RandomSource.seeded(seed)).toFloatArray();
    }

    @Test
    void maskingZeroesTheAskedShareOfPixelsAndLeavesTheRest() {
        float[] out = corrupt("mask:0.25", 0.8f, 1);
        long zeros = 0;
        for (float v : out) {
            assertThat(v == 0f || v == 0.8f).isTrue();
            zeros += v == 0f ? 1 : 0;
        }
        // binomial sd of the share: sqrt(0.25 * 0.75 / 1e5) = 0.00137; 5 sd
        assertThat(zeros / (double) N).isCloseTo(0.25, within(0.007));
    }

    @Test
    void saltAndPepperSetsTheAskedShareToZeroOrOneHalfEach() {
        float[] out = corrupt("salt-pepper:0.1", 0.5f, 2);
        long salt = 0;
        long pepper = 0;
        for (float v : out) {
            assertThat(v == 0f || v == 1f || v == 0.5f).isTrue();
            salt += v == 1f ? 1 : 0;
            pepper += v == 0f ? 1 : 0;
        }
        // each is binomial with p = 0.05: sd 0.00069, 5 sd
        assertThat(salt / (double) N).isCloseTo(0.05, within(0.0035));
        assertThat(pepper / (double) N).isCloseTo(0.05, within(0.0035));
    }

    @Test
    void gaussianNoiseHasTheAskedSdAndStaysInTheUnitInterval() {
        float[] out = corrupt("gaussian:0.05", 0.5f, 3); // 10 sd from either bound: no clamping
        double sum = 0;
        double squares = 0;
        for (float v : out) {
            sum += v - 0.5;
            squares += (v - 0.5) * (v - 0.5);
        }
        double mean = sum / N;
        assertThat(mean).isCloseTo(0, within(5 * 0.05 / Math.sqrt(N)));
        assertThat(Math.sqrt(squares / N - mean * mean)).isCloseTo(0.05, within(0.05 * 5 / Math.sqrt(2.0 * N)));
        for (float v : corrupt("gaussian:2", 0.5f, 4)) {
            assertThat(v).isBetween(0f, 1f);
        }
    }

    @Test
    void theSameSeedGivesTheSameCorruptionAndAnotherSeedAnother() {
        assertThat(corrupt("mask:0.5", 1f, 9)).containsExactly(corrupt("mask:0.5", 1f, 9));
        assertThat(corrupt("mask:0.5", 1f, 9)).isNotEqualTo(corrupt("mask:0.5", 1f, 10));
    }

    @Test
    void badSpecsAreRefusedInOneLine() {
        for (String bad : new String[] {"gaussian", "blur:0.3", "mask:1.5", "mask:0", "gaussian:-1", "gaussian:x", "salt-pepper:0.1:2"}) {
            assertThatThrownBy(() -> Corruption.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class).hasMessageNotContaining("\n");
        }
        assertThat(Corruption.parse("salt-pepper:0.1").spec()).isEqualTo("salt-pepper:0.1");
    }
}
