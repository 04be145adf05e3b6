package dev.latent.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import org.junit.jupiter.api.Test;

class LatentPathTest {
    @Test
    void linearFramesAreEvenlySpacedOnTheSegment() {
        float[] frames = LatentPath.LINEAR.frames(new float[] {0, 2}, new float[] {4, -2}, 4);
        assertThat(frames).containsExactly(new float[] {0, 2, 1, 1, 2, 0, 3, -1, 4, -2}, within(1e-6f));
    }

    @Test
    void slerpBetweenOrthogonalUnitVectorsStaysOnTheCircleAtEqualAngles() {
        float[] frames = LatentPath.SPHERICAL.frames(new float[] {1, 0}, new float[] {0, 1}, 6);
        for (int t = 0; t <= 6; t++) {
            double angle = Math.atan2(frames[2 * t + 1], frames[2 * t]);
            assertThat(Math.hypot(frames[2 * t], frames[2 * t + 1])).isCloseTo(1, within(1e-6));
            assertThat(angle).isCloseTo(t * Math.PI / 12, within(1e-6));
        }
    }

    @Test
    void slerpInterpolatesNormsBetweenVectorsOfDifferentLength() {
        float[] a = {3, 0, 0};
        float[] b = {0, 0, 1};
        float[] frames = LatentPath.SPHERICAL.frames(a, b, 2);
        // the midpoint is (a + b) * sin(w/2) / sin(w) with w = pi/2: (a + b) / (2 cos(pi/4))
        double scale = 1 / (2 * Math.cos(Math.PI / 4));
        assertThat(frames[3]).isCloseTo((float) (3 * scale), within(1e-6f));
        assertThat(frames[5]).isCloseTo((float) scale, within(1e-6f));
        assertThat(new float[] {frames[6], frames[7], frames[8]}).containsExactly(b, within(1e-6f));
    }

    @Test
    void slerpOfParallelOrZeroVectorsFallsBackToTheLine() {
        float[] frames = LatentPath.SPHERICAL.frames(new float[] {1, 1}, new float[] {2, 2}, 2);
        assertThat(frames).containsExactly(new float[] {1, 1, 1.5f, 1.5f, 2, 2}, within(1e-6f));
        assertThat(LatentPath.SPHERICAL.frames(new float[] {0, 0}, new float[] {2, 0}, 2)).containsExactly(new float[] {0, 0, 1, 0, 2, 0}, within(1e-6f));
    }

    @Test
    void kindsAreParsedByName() {
        assertThat(LatentPath.parse("slerp")).isEqualTo(LatentPath.SPHERICAL);
        assertThat(LatentPath.parse("linear")).isEqualTo(LatentPath.LINEAR);
        assertThatThrownBy(() -> LatentPath.parse("cubic")).isInstanceOf(InvalidInputException.class).hasMessageContaining("linear or slerp");
    }
}
