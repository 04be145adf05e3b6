package dev.latent.data;

import static dev.latent.data.IdxReaderTest.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSafetyTest {
    private static final ImageOptions GREY_4 = new ImageOptions(1, 4, 4);

    @TempDir
    Path dir;

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() throws IOException {
        byte[] bomb = ImageFiles.pngHeaderOnly(30_000, 30_000);
        assertThat(bomb).hasSize(8 + 25 + 12);
        Files.write(dir.resolve("bomb.png"), bomb);
        long start = System.nanoTime();
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "bomb.png", "30000x30000");
        // Decoding 900 megapixels would take seconds and gigabytes; the header check takes milliseconds.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void thePixelCapIsConfigurable() {
        ImageFiles.solid(dir.resolve("big.png"), 20, 10, 0, "png");
        assertOneLine(() -> ImageFolder.read(dir, GREY_4, new ImageFolder.Limits(199, 10, 1000)), "big.png", "over the limit of 199");
        assertThat(ImageFolder.read(dir, GREY_4, new ImageFolder.Limits(200, 10, 1000)).dataset().size()).isEqualTo(1);
    }

    @Test
    void aTruncatedPngNamesTheFile() throws IOException {
        BufferedImage noise = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(1);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        byte[] png = ImageFiles.png(noise);
        Files.write(dir.resolve("half.png"), Arrays.copyOf(png, png.length / 2));
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "half.png", "corrupt or truncated PNG");
    }

    @Test
    void aTruncatedJpegNamesTheFile() throws IOException {
        BufferedImage noise = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(2);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        Path whole = ImageFiles.write(dir.resolve("whole/w.jpg"), noise, "jpg");
        byte[] jpeg = Files.readAllBytes(whole);
        Files.write(dir.resolve("half.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        Files.delete(whole);
        Files.delete(dir.resolve("whole"));
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "half.jpg", "truncated JPEG");
    }

    @Test
    void aCorruptHeaderNamesTheFile() throws IOException {
        byte[] png = ImageFiles.pngHeaderOnly(4, 4);
        png[8 + 8 + 8] = 3; // bit depth 3 does not exist
        Files.write(dir.resolve("depth.png"), png);
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "depth.png", "PNG");
    }

    @Test
    void textNamedPngIsNotAnImage() throws IOException {
        Files.writeString(dir.resolve("notes.png"), "these are my notes\nline two\n");
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "notes.png", "not a PNG or JPEG image");
    }

    @Test
    void aGifNamedPngIsRefused() {
        ImageFiles.solid(dir.resolve("anim.png"), 4, 4, 0xff0000, "gif");
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "anim.png", "holds a GIF image");
    }

    @Test
    void anEmptyFileNamesTheFile() throws IOException {
        ImageFiles.solid(dir.resolve("a.png"), 4, 4, 0, "png");
        Files.write(dir.resolve("b.jpg"), new byte[0]);
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "b.jpg", "empty");
    }

    @Test
    void anEmptyOrMissingFolderIsOneLine() throws IOException {
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), dir.toString(), "holds no PNG or JPEG images");
        Files.writeString(dir.resolve("readme.txt"), "no images here");
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), dir.toString(), "holds no PNG or JPEG images");
        assertOneLine(() -> ImageFolder.read(dir.resolve("absent"), GREY_4), "absent", "not a directory");
    }

    @Test
    void anEmptyClassFolderIsOneLine() throws IOException {
        ImageFiles.solid(dir.resolve("cats/a.png"), 4, 4, 0, "png");
        Files.createDirectories(dir.resolve("dogs"));
        assertOneLine(() -> ImageFolder.read(dir, GREY_4), "dogs", "class folder holds no PNG or JPEG images");
    }

    @Test
    void fileCountAndTotalBytesAreCapped() {
        for (int i = 0; i < 3; i++) {
            ImageFiles.solid(dir.resolve("c" + i + "/" + i + ".png"), 4, 4, 0, "png");
        }
        assertOneLine(() -> ImageFolder.read(dir, GREY_4, new ImageFolder.Limits(1000, 2, 1000)), "c2", "more than 2 image files");
        assertOneLine(() -> ImageFolder.read(dir, GREY_4, new ImageFolder.Limits(1000, 10, 47)), dir.toString(), "3 images of 1x4x4 need 48 bytes");
        assertThat(ImageFolder.read(dir, GREY_4, new ImageFolder.Limits(1000, 3, 48)).dataset().size()).isEqualTo(3);
    }
}
