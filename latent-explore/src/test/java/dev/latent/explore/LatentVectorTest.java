package dev.latent.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LatentVectorTest {
    @Test
    void readsExactlyDFiniteNumbers() {
        assertThat(LatentVector.parse(" [0.5, -1e-3,2 , 10000]\n", 4)).containsExactly(0.5f, -1e-3f, 2f, 1e4f);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1, 2, 3]|has 3 numbers", "[1, 2, 3, 4, 5]|more than 4", "[NaN, 0, 0, 0]|z_0 is not a number", "[0, 1e308, 0, 0]|z_1 = 1e308 is outside",
        "[0, 0, 10001, 0]|outside", "[0, 0, 0, true]|z_3 is not a number", "0, 0, 0, 0|not a JSON array", "[0,, 0, 0]|z_1 is not a number",
        "[+1, 0, 0, 0]|not a number", "[01, 0, 0, 0]|not a number", "[1., 0, 0, 0]|not a number",
    })
    void refusesWithOneLine(String body, String reason) {
        assertThatThrownBy(() -> LatentVector.parse(body, 4)).isInstanceOf(InvalidInputException.class).hasMessageContaining(reason)
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesBodiesOverTheBoundBeforeReadingThem() {
        assertThatThrownBy(() -> LatentVector.parse("[" + "0,".repeat(40_000) + "0]", 4)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than " + LatentVector.MAX_CHARS);
    }
}
