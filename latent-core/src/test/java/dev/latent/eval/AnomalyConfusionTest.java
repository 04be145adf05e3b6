package dev.latent.eval;

import static dev.latent.eval.AnomalyMetricsTest.flags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.io.Json;
import org.junit.jupiter.api.Test;

/** The confusion matrix of one threshold, its ratios and their 0/0 convention. */
class AnomalyConfusionTest {
    private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8, 0.5};
    private static final boolean[] ANOMALOUS = flags(0, 0, 1, 1, 0);

    @Test
    void countsRowsStrictlyAboveTheThreshold() {
        Confusion c = Confusion.at(0.4, SCORES, ANOMALOUS); // flagged: 0.8 (a), 0.5 (n); 0.4 itself is not
        assertThat(c).isEqualTo(new Confusion(1, 1, 2, 1));
        assertThat(c.precision()).isEqualTo(0.5);
        assertThat(c.recall()).isEqualTo(0.5);
        assertThat(c.f1()).isEqualTo(0.5);
        Confusion low = Confusion.at(0.3, SCORES, ANOMALOUS); // flagged: 0.4, 0.35, 0.8, 0.5
        assertThat(low).isEqualTo(new Confusion(2, 2, 1, 0));
        assertThat(low.f1()).isCloseTo(2 * 0.5 * 1 / (0.5 + 1), within(1e-15)); // harmonic mean of P 1/2 and R 1
    }

    @Test
    void zeroOverZeroIsZero() {
        Confusion nothingFlagged = Confusion.at(Double.POSITIVE_INFINITY, SCORES, ANOMALOUS);
        assertThat(nothingFlagged).isEqualTo(new Confusion(0, 0, 3, 2));
        assertThat(nothingFlagged.precision()).isZero();
        assertThat(nothingFlagged.f1()).isZero();
        Confusion noAnomalies = Confusion.at(0.2, SCORES, flags(0, 0, 0, 0, 0));
        assertThat(noAnomalies.recall()).isZero();
        assertThat(noAnomalies.f1()).isZero();
        assertThat(new Confusion(0, 0, 0, 0).f1()).isZero();
        assertThat(Confusion.at(Double.NaN, SCORES, ANOMALOUS).truePositives()).isZero(); // NaN flags nothing
    }

    @Test
    void writesItsRatiosAndReadsBackFromTheCounts() throws Exception {
        Confusion c = new Confusion(3, 1, 5, 1);
        String json = Json.mapper().writeValueAsString(c);
        assertThat(json).contains("\"true_positives\" : 3", "\"precision\" : 0.75", "\"recall\" : 0.75", "\"f1\" : 0.75");
        assertThat(Json.mapper().readValue(json, Confusion.class)).isEqualTo(c);
    }

    @Test
    void refusesNegativeCountsNaNScoresAndMismatchedRows() {
        assertThatThrownBy(() -> new Confusion(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Confusion.at(0, new double[] {Double.NaN}, flags(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Confusion.at(0, SCORES, flags(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
