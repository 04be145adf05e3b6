package dev.latent.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image bytes decode as the same image in a folder does, and bad bytes are refused in one line that names their source. */
class ImageBytesTest {
    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage colours(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 37 % 256) << 16 | (y * 53 % 256) << 8 | (x * y * 11 % 256));
            }
        }
        return image;
    }

    @Test
    void greyIsTheRoundedLuminanceOfEachPixel() throws IOException {
        BufferedImage image = colours(6, 4);
        byte[] grey = ImageBytes.decode(encode(image, "png"), new ImageOptions(1, 4, 6), "blob");
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
                int rgb = image.getRGB(x, y);
                long expected = Math.round(0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff));
                assertThat(grey[y * 6 + x] & 0xff).as("pixel (%d, %d)", x, y).isEqualTo((int) expected);
            }
        }
    }

    @Test
    void bytesDecodeExactlyAsTheSameFileInAFolder(@TempDir Path dir) throws IOException {
        byte[] png = encode(colours(40, 30), "png");
        ImageOptions options = new ImageOptions(3, 9, 12);
        Path file = dir.resolve("a.png");
        Files.write(file, png);
        byte[] fromFile = new byte[3 * 9 * 12];
        ImageDecoder.decodeInto(file, options, ImageBytes.MAX_PIXELS, fromFile, 0);
        byte[] fromBytes = ImageBytes.decode(png, options, "blob");
        assertThat(fromBytes).isEqualTo(fromFile);
        assertThat(Arrays.equals(fromBytes, new byte[fromBytes.length])).isFalse();
    }

    @Test
    void badBytesAreRefusedInOneLineNamingTheirSource() throws IOException {
        byte[] png = encode(colours(8, 8), "png");
        ImageOptions options = ImageOptions.DEFAULT;
        assertThatThrownBy(() -> ImageBytes.decode(new byte[0], options, "column 'x'")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("column 'x': the image is empty");
        assertThatThrownBy(() -> ImageBytes.decode("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8), options, "column 'x'"))
                .hasMessageContaining("not a PNG or JPEG");
        assertThatThrownBy(() -> ImageBytes.decode(Arrays.copyOf(png, png.length / 2), options, "column 'x'"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("column 'x': ").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ImageBytes.decode(encode(colours(8, 8), "gif"), options, "column 'x'")).hasMessageContaining("GIF");
        byte[] huge = png.clone();
        // the IHDR width and height (bytes 16..23) say 30000 x 30000; the pixels are never allocated
        byte[] side = java.nio.ByteBuffer.allocate(4).putInt(30_000).array();
        System.arraycopy(side, 0, huge, 16, 4);
        System.arraycopy(side, 0, huge, 20, 4);
        assertThatThrownBy(() -> ImageBytes.decode(huge, options, "column 'x'")).hasMessageContaining("30000x30000");
    }
}
