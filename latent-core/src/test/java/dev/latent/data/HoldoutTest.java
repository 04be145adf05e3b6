package dev.latent.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HoldoutTest {
    private static final int[] LABELS = IntStream.range(0, 1000).map(i -> i % 20 == 0 ? 1 : 0).toArray();

    @Test
    void validationIsTheAskedShareAndTrainingHoldsNoAnomalyAndNoValidationRow() {
        Holdout.Division division = new Holdout(0.1, 5, 1).divide(1000, LABELS, "rows");
        assertThat(division.validation()).hasSize(100);
        Set<Integer> validation = new HashSet<>();
        Arrays.stream(division.validation()).forEach(validation::add);
        for (int row : division.training()) {
            assertThat(LABELS[row]).isZero();
            assertThat(validation).doesNotContain(row);
        }
        long anomaliesHeldOut = Arrays.stream(division.validation()).filter(r -> LABELS[r] == 1).count();
        assertThat(division.training().length + division.validation().length + (50 - anomaliesHeldOut)).isEqualTo(1000);
        assertThat(anomaliesHeldOut).as("the validation split keeps its anomalies, for an F1 threshold").isBetween(1L, 15L);
    }

    @Test
    void theSameSeedDividesTheSameWayAndAnotherSeedDoesNot() {
        Holdout.Division a = new Holdout(0.2, 7, -1).divide(500, null, "rows");
        Holdout.Division b = new Holdout(0.2, 7, -1).divide(500, null, "rows");
        Holdout.Division c = new Holdout(0.2, 8, -1).divide(500, null, "rows");
        assertThat(a.validation()).isEqualTo(b.validation()).isNotEqualTo(c.validation());
        assertThat(a.training()).hasSize(400).isSorted();
    }

    @Test
    void anAnomalyLabelNeedsLabelsAndSomeRowsMustRemain() {
        assertThatThrownBy(() -> new Holdout(0.1, 1, 0).divide(10, null, "rows")).isInstanceOf(InvalidInputException.class).hasMessageContaining("no labels");
        assertThatThrownBy(() -> new Holdout(0.5, 1, 0).divide(4, new int[] {0, 0, 0, 0}, "rows")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no training rows");
        assertThatThrownBy(() -> new Holdout(1.0, 1, -1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theStratifiedTestSplitTakesTheShareOfEachLabel() {
        int[][] split = SplitPlan.stratified(1000, LABELS, 0.3, 1);
        assertThat(split[1]).hasSize(300);
        assertThat(Arrays.stream(split[1]).filter(r -> LABELS[r] == 1).count()).isEqualTo(15);
        Set<Integer> all = new HashSet<>();
        Arrays.stream(split[0]).forEach(all::add);
        Arrays.stream(split[1]).forEach(all::add);
        assertThat(all).hasSize(1000);
    }

    @Test
    void anAnomalyLabelIsFoundAmongATablesLabelsOrReadAsAClassNumber() {
        assertThat(new SplitPlan(0.2, 1, 0.1, java.util.List.of("no", "yes"), "yes").anomalyClass()).isEqualTo(1);
        assertThat(new SplitPlan(null, 1, 0.1, null, "7").anomalyClass()).isEqualTo(7);
        assertThatThrownBy(() -> new SplitPlan(0.2, 1, 0.1, java.util.List.of("no", "yes"), "maybe").anomalyClass())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("none of the label values");
        assertThatThrownBy(() -> new SplitPlan(null, 1, 0.1, null, "seven").anomalyClass()).isInstanceOf(InvalidInputException.class);
    }
}
