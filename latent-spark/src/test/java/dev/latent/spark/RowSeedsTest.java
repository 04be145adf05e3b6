package dev.latent.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A row's noise seed depends on its values and the user's seed only: not on its neighbours in a batch. */
class RowSeedsTest {
    @Test
    void aRowsSeedIsTheSameAloneOrInABatch() {
        float[] a = {0.1f, 0.2f, 0.3f};
        float[] b = {0.4f, 0.5f, 0.6f};
        float[] both = new float[6];
        System.arraycopy(a, 0, both, 0, 3);
        System.arraycopy(b, 0, both, 3, 3);
        long[] batch = RowSeeds.of(9, both, 2);
        assertThat(batch[0]).isEqualTo(RowSeeds.of(9, a, 1)[0]);
        assertThat(batch[1]).isEqualTo(RowSeeds.of(9, b, 1)[0]);
        assertThat(batch[0]).isNotEqualTo(batch[1]);
    }

    @Test
    void everyValueBitAndTheUserSeedChangeTheSeed() {
        float[] row = {0.25f, 0.5f, 0.75f, 1f};
        Set<Long> seeds = new HashSet<>(Arrays.asList(RowSeeds.of(1, row, 1)[0], RowSeeds.of(2, row, 1)[0]));
        for (int j = 0; j < row.length; j++) {
            for (int bit = 0; bit < 32; bit++) {
                float[] flipped = row.clone();
                flipped[j] = Float.intBitsToFloat(Float.floatToIntBits(row[j]) ^ (1 << bit));
                seeds.add(RowSeeds.of(1, flipped, 1)[0]);
            }
        }
        assertThat(seeds).hasSize(2 + row.length * 32);
    }
}
