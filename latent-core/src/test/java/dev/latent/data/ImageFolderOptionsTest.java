package dev.latent.data;

import static dev.latent.data.IdxReaderTest.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageFolderOptionsTest {
    @Test
    void parsesSquareAndHeightByWidth() {
        assertThat(ImageOptions.parseSize("28", 1)).isEqualTo(new ImageOptions(1, 28, 28));
        assertThat(ImageOptions.parseSize("32x48", 3)).isEqualTo(new ImageOptions(3, 32, 48));
        assertThat(ImageOptions.parseSize(" 64 X 16 ", 1)).isEqualTo(new ImageOptions(1, 64, 16));
        assertThat(ImageOptions.parseSize("4096x1", 1)).isEqualTo(new ImageOptions(1, 4096, 1));
        assertThat(ImageOptions.DEFAULT).isEqualTo(new ImageOptions(1, 28, 28));
    }

    @Test
    void badSizesAreOneLine() {
        for (String bad : new String[] {"", "abc", "28x", "x28", "28x28x3", "-5", "2.5", "28*28", "99999999999"}) {
            assertOneLine(() -> ImageOptions.parseSize(bad, 1), "image size '" + bad.strip() + "'", "give N (square) or HxW");
        }
        assertOneLine(() -> ImageOptions.parseSize(null, 1), "image size", "not a size");
        assertOneLine(() -> ImageOptions.parseSize("0", 1), "'0'", "each side must be 1..4096");
        assertOneLine(() -> ImageOptions.parseSize("28x4097", 1), "'28x4097'", "each side must be 1..4096");
    }

    @Test
    void theRecordValidatesChannelsAndSizes() {
        assertOneLine(() -> new ImageOptions(2, 28, 28), "channels 2", "use 1 (grey) or 3 (RGB)");
        assertOneLine(() -> ImageOptions.parseSize("28", 4), "channels 4", "use 1 (grey) or 3 (RGB)");
        assertOneLine(() -> new ImageOptions(1, 0, 28), "0x28", "1..4096");
        assertOneLine(() -> new ImageOptions(3, 28, 5000), "28x5000", "1..4096");
    }
}
