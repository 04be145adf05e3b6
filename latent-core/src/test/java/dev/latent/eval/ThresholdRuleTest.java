package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latent.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command-line text of a threshold rule: the four forms, their text back, one-line refusals. */
class ThresholdRuleTest {

    @Test
    void readsTheFourForms() {
        assertThat(ThresholdRule.parse("quantile:0.99")).isEqualTo(new ThresholdRule.Quantile(0.99));
        assertThat(ThresholdRule.parse("contamination:0.05")).isEqualTo(new ThresholdRule.Contamination(0.05));
        assertThat(ThresholdRule.parse("f1")).isEqualTo(new ThresholdRule.F1());
        assertThat(ThresholdRule.parse("value:-12.5")).isEqualTo(new ThresholdRule.Value(-12.5));
        assertThat(ThresholdRule.parse(" value:3e2 ")).isEqualTo(new ThresholdRule.Value(300));
        assertThat(ThresholdRule.parse("quantile:.5")).isEqualTo(new ThresholdRule.Quantile(0.5));
    }

    @Test
    void givesItsTextBack() {
        for (String text : List.of("quantile:0.99", "contamination:0.05", "f1", "value:-12.5", "value:42", "quantile:0.00001")) {
            ThresholdRule rule = ThresholdRule.parse(text);
            assertThat(rule.toString()).isEqualTo(text);
            assertThat(ThresholdRule.parse(rule.toString())).isEqualTo(rule);
        }
        assertThat(ThresholdRule.parse("value:1e300").toString()).isEqualTo("value:1.0E300");
        assertThat(ThresholdRule.parse("value:1e300")).isEqualTo(ThresholdRule.parse("value:1.0E300"));
    }

    @Test
    void theDefaultIsTheNinetyNinthPercentile() {
        assertThat(ThresholdRule.DEFAULT).isEqualTo(new ThresholdRule.Quantile(0.99));
        assertThat(ThresholdRule.DEFAULT.toString()).isEqualTo("quantile:0.99");
        assertThat(ThresholdRule.DEFAULT.name()).isEqualTo("quantile");
        assertThat(ThresholdRule.DEFAULT.parameter()).isEqualTo(0.99);
        assertThat(new ThresholdRule.F1().parameter()).isNaN();
    }

    @Test
    void refusesAnythingElseInOneLineListingTheForms() {
        List<String> bad = List.of("", "quantile", "quantile:", "quantile:0", "quantile:1", "quantile:1.5", "quantile:-0.1",
                "quantile:NaN", "quantile:0x1p-2", "contamination:0", "contamination:1", "contamination:abc", "value:Infinity",
                "value:1e999", "value:NaN", "value:1d", "f1:0.5", "F1", "Quantile:0.9", "percentile:99", "quantile:0.9 extra",
                "value:1\nvalue:2");
        for (String text : bad) {
            InvalidInputException e = catchThrowableOfType(() -> ThresholdRule.parse(text), InvalidInputException.class);
            assertThat(e).as(text).isNotNull();
            assertThat(e.parameter()).isEqualTo("threshold");
            assertThat(e.getMessage()).as(text).doesNotContain("\n", "\r")
                    .contains("quantile:Q (0<Q<1)", "contamination:P (0<P<1)", "f1", "value:X (X finite)");
        }
        InvalidInputException none = catchThrowableOfType(() -> ThresholdRule.parse(null), InvalidInputException.class);
        assertThat(none.getMessage()).contains("no threshold rule");
        assertThat(catchThrowableOfType(() -> ThresholdRule.parse("quantile:1.5"), InvalidInputException.class).getMessage())
                .startsWith("threshold rule \"quantile:1.5\": Q must lie strictly between 0 and 1");
    }

    @Test
    void theRecordsCheckTheirNumbersToo() {
        assertThat(catchThrowableOfType(() -> new ThresholdRule.Quantile(1), InvalidInputException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> new ThresholdRule.Contamination(Double.NaN), InvalidInputException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> new ThresholdRule.Value(Double.NEGATIVE_INFINITY), InvalidInputException.class)).isNotNull();
    }
}
