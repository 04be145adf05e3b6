package dev.latent.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {

    private static final int GREY = 0x808080;

    @TempDir
    Path dir;

    @Test
    void pngDecodesToExpectedSize() throws IOException {
        // 5 tiles of 4x3 in 2 columns at scale 3: 3 rows.
        BufferedImage image = ImageGrid.render(new float[5 * 4 * 3], 5, 1, 4, 3, 2, 3);
        Path path = dir.resolve("grid.png");
        ImageGrid.writePng(path, image);
        BufferedImage decoded = ImageIO.read(path.toFile());
        assertThat(decoded.getWidth()).isEqualTo((2 * 3 + 2) * 3);
        assertThat(decoded.getHeight()).isEqualTo((3 * 4 + 2 * 2) * 3);
        // The empty sixth cell is gap-coloured.
        assertThat(decoded.getRGB(decoded.getWidth() - 1, decoded.getHeight() - 1) & 0xFFFFFF)
                .isEqualTo(GREY);
    }

    @Test
    void knownPixelLandsInItsScaledPlace() {
        int h = 2;
        int w = 3;
        float[] images = new float[3 * h * w];
        images[2 * h * w + 1 * w + 2] = 1f; // image 2, row 1, column 2: white
        images[2 * h * w] = 0.25f; // image 2, row 0, column 0: dark grey
        BufferedImage image = ImageGrid.render(images, 3, 1, h, w, 2, 2);
        // Image 2 is in grid row 1, column 0: top = (h + gap) * scale.
        int top = (h + 2) * 2;
        for (int dy = 0; dy < 2; dy++) {
            for (int dx = 0; dx < 2; dx++) {
                assertThat(rgb(image, 2 * 2 + dx, top + 2 + dy)).isEqualTo(0xFFFFFF);
            }
        }
        assertThat(rgb(image, 1, top + 1)).isEqualTo(0x404040);
        assertThat(rgb(image, 2 * 2 + 1, top + 1)).isZero(); // black pixel next to it
        assertThat(rgb(image, w * 2, top + 2)).isEqualTo(GREY); // the gap between columns
        assertThat(rgb(image, 0, h * 2)).isEqualTo(GREY); // the gap between rows
    }

    @Test
    void threeChannelsMapToRgbAndValuesClamp() {
        float[] image = {2f, 0f, -1f, Float.NaN, 0.5f, 1f}; // 1x2 RGB: R plane, G plane, B plane
        BufferedImage out = ImageGrid.render(image, 1, 3, 1, 2, 4, 1);
        assertThat(out.getWidth()).isEqualTo(2);
        assertThat(rgb(out, 0, 0)).isEqualTo(0xFF0080);
        assertThat(rgb(out, 1, 0)).isEqualTo(0x0000FF);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatThrownBy(() -> ImageGrid.render(new float[11], 1, 1, 3, 4, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11");
        assertThatThrownBy(() -> ImageGrid.render(new float[8], 1, 2, 2, 2, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("channels");
        assertThatThrownBy(() -> ImageGrid.render(new float[4], 1, 1, 2, 2, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageGrid.render(new float[4], 1, 1, 2, 2, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageGrid.render(null, 1, 1, 2, 2, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageGrid.render(new float[4], Integer.MAX_VALUE, 3,
                Integer.MAX_VALUE, Integer.MAX_VALUE, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }
}
