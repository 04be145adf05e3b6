package dev.latent.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunksTest {
    private static final float[] VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}; // (10, 2)

    @Test
    void chunksCoverTheRowsInOrderWithAShorterLastChunk() {
        List<long[]> seen = new ArrayList<>();
        Chunks.forEach(Tensor.of(VALUES, 10, 2), 4, (from, chunk) -> seen.add(new long[] {from, chunk.size(0), (long) chunk.toFloatArray()[0]}));
        assertThat(seen).containsExactly(new long[] {0, 4, 0}, new long[] {4, 4, 8}, new long[] {8, 2, 16});
    }

    @Test
    void gatheredValuesLandAtTheirRows() {
        float[] doubled = Chunks.gatherFloats(Tensor.of(VALUES, 10, 2), 3, 2, chunk -> chunk.mul(2.0).toFloatArray());
        float[] expected = new float[20];
        for (int i = 0; i < 20; i++) {
            expected[i] = 2 * i;
        }
        assertThat(doubled).containsExactly(expected);
        double[] rowSums = Chunks.gatherDoubles(Tensor.of(VALUES, 10, 2), 4, 1, chunk -> chunk.sum(1).toDoubleArray());
        assertThat(rowSums).containsExactly(1, 5, 9, 13, 17, 21, 25, 29, 33, 37);
    }

    @Test
    void aChunkGivingTheWrongNumberOfValuesIsRefused() {
        assertThatThrownBy(() -> Chunks.gatherDoubles(Tensor.of(VALUES, 10, 2), 4, 1, chunk -> new double[1]))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("4 rows gave 1 values");
        assertThatThrownBy(() -> Chunks.forEach(Tensor.of(VALUES, 10, 2), 0, (from, chunk) -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsWithinABudgetAreAtLeastOne() {
        assertThat(Chunks.rowsWithin(100, 30)).isEqualTo(3);
        assertThat(Chunks.rowsWithin(1L << 23, 60_000)).isEqualTo(139);
        assertThat(Chunks.rowsWithin(10, 1000)).isEqualTo(1);
    }
}
