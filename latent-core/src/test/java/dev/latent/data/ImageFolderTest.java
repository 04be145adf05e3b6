package dev.latent.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderTest {
    private static final ImageOptions GREY_4 = new ImageOptions(1, 4, 4);
    private static final ImageOptions RGB_4 = new ImageOptions(3, 4, 4);

    @TempDir
    Path dir;

    @Test
    void classSubfoldersAreLabelledInSortedFolderOrder() {
        ImageFiles.solid(dir.resolve("zebra/b.png"), 4, 4, 0xffffff, "png");
        ImageFiles.solid(dir.resolve("zebra/a.PNG"), 4, 4, 0xffffff, "png");
        ImageFiles.solid(dir.resolve("ant/x.jpg"), 4, 4, 0x000000, "jpg");
        ImageFiles.solid(dir.resolve("moth/y.JPEG"), 4, 4, 0x808080, "jpg");
        ImageFolderData data = ImageFolder.read(dir, GREY_4);
        assertThat(data.classNames()).containsExactly("ant", "moth", "zebra");
        assertThat(data.labelled()).isTrue();
        assertThat(data.dataset().labels()).containsExactly(0, 1, 2, 2);
        assertThat(data.dataset().name()).isEqualTo(dir.toString());
        Images images = data.dataset().images();
        assertThat(images.count()).isEqualTo(4);
        // Sorted by name within a class: a.PNG then b.png; both white.
        assertThat(images.pixels()[2 * 16] & 0xff).isEqualTo(255);
        assertThat(images.pixels()[0] & 0xff).isLessThan(5);
    }

    @Test
    void flatFolderIsUnlabelledAndIgnoresOtherAndHiddenFiles() throws IOException {
        ImageFiles.solid(dir.resolve("2.png"), 4, 4, 0x101010, "png");
        ImageFiles.solid(dir.resolve("1.png"), 4, 4, 0x202020, "png");
        ImageFiles.solid(dir.resolve(".hidden.png"), 4, 4, 0x303030, "png");
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        ImageFiles.solid(dir.resolve("picture.bmp"), 4, 4, 0x404040, "bmp");
        Files.createDirectories(dir.resolve(".git"));
        ImageFolderData data = ImageFolder.read(dir, GREY_4);
        assertThat(data.classNames()).isEmpty();
        assertThat(data.labelled()).isFalse();
        assertThat(data.dataset().hasLabels()).isFalse();
        assertThat(data.dataset().size()).isEqualTo(2);
        assertThat(data.dataset().images().pixels()[0]).isEqualTo((byte) 0x20);
        assertThat(data.dataset().images().pixels()[16]).isEqualTo((byte) 0x10);
    }

    @Test
    void withSubfoldersLooseImagesAreIgnored() {
        ImageFiles.solid(dir.resolve("loose.png"), 4, 4, 0xffffff, "png");
        ImageFiles.solid(dir.resolve("only/a.png"), 4, 4, 0x000000, "png");
        ImageFolderData data = ImageFolder.read(dir, GREY_4);
        assertThat(data.classNames()).containsExactly("only");
        assertThat(data.dataset().size()).isEqualTo(1);
        assertThat(data.dataset().images().pixels()).containsOnly(0);
    }

    @Test
    void greyIsRoundedLuminance() {
        // 0.299*200 + 0.587*100 + 0.114*50 = 59.8 + 58.7 + 5.7 = 124.2 -> 124
        ImageFiles.solid(dir.resolve("a.png"), 4, 4, 0xc86432, "png");
        // 0.299*255 = 76.245 -> 76; 0.587*255 = 149.685 -> 150; 0.114*255 = 29.07 -> 29
        ImageFiles.solid(dir.resolve("b.png"), 4, 4, 0xff0000, "png");
        ImageFiles.solid(dir.resolve("c.png"), 4, 4, 0x00ff00, "png");
        ImageFiles.solid(dir.resolve("d.png"), 4, 4, 0x0000ff, "png");
        byte[] pixels = ImageFolder.read(dir, GREY_4).dataset().images().pixels();
        assertThat(pixels).hasSize(4 * 16);
        for (int i = 0; i < 16; i++) {
            assertThat(pixels[i] & 0xff).isEqualTo(124);
            assertThat(pixels[16 + i] & 0xff).isEqualTo(76);
            assertThat(pixels[32 + i] & 0xff).isEqualTo(150);
            assertThat(pixels[48 + i] & 0xff).isEqualTo(29);
        }
    }

    @Test
    void greyPngKeepsItsValues() {
        BufferedImage grey = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSample(0, 0, 0, 100);
        grey.getRaster().setSample(1, 0, 0, 200);
        ImageFiles.write(dir.resolve("g.png"), grey, "png");
        byte[] pixels = ImageFolder.read(dir, GREY_4).dataset().images().pixels();
        assertThat(pixels[0] & 0xff).isEqualTo(100);
        assertThat(pixels[1] & 0xff).isEqualTo(200);
        assertThat(pixels[2] & 0xff).isEqualTo(0);
    }

    @Test
    void rgbIsStoredAsChannelPlanes() {
        ImageFiles.solid(dir.resolve("red.png"), 4, 4, 0xff0000, "png");
        ImageFiles.solid(dir.resolve("teal.png"), 4, 4, 0x0080ff, "png");
        Images images = ImageFolder.read(dir, RGB_4).dataset().images();
        assertThat(images.channels()).isEqualTo(3);
        assertThat(images.pixelsPerImage()).isEqualTo(48);
        byte[] p = images.pixels();
        for (int i = 0; i < 16; i++) {
            assertThat(p[i] & 0xff).isEqualTo(255);
            assertThat(p[16 + i] & 0xff).isEqualTo(0);
            assertThat(p[32 + i] & 0xff).isEqualTo(0);
            assertThat(p[48 + i] & 0xff).isEqualTo(0x00);
            assertThat(p[64 + i] & 0xff).isEqualTo(0x80);
            assertThat(p[80 + i] & 0xff).isEqualTo(0xff);
        }
    }

    @Test
    void rgbPlanesAreRowMajor() {
        // Left half red, right half blue: within each plane, the row runs left to right.
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        image.setRGB(1, 0, 0x0000ff);
        ImageFiles.write(dir.resolve("a.png"), image, "png");
        byte[] p = ImageFolder.read(dir, new ImageOptions(3, 1, 2)).dataset().images().pixels();
        assertThat(p).containsExactly(new byte[] {(byte) 255, 0, 0, 0, 0, (byte) 255});
    }

    @Test
    void resizesToTheRequestedHeightAndWidth() {
        ImageFiles.solid(dir.resolve("wide.png"), 300, 90, 0x3366cc, "png");
        ImageFiles.solid(dir.resolve("tiny.png"), 3, 2, 0x3366cc, "png");
        Images images = ImageFolder.read(dir, new ImageOptions(3, 7, 5)).dataset().images();
        assertThat(images.count()).isEqualTo(2);
        assertThat(images.height()).isEqualTo(7);
        assertThat(images.width()).isEqualTo(5);
        assertThat(images.pixels()).hasSize(2 * 3 * 7 * 5);
        // A solid colour stays that colour through shrinking and enlarging (no dark edges).
        for (int n = 0; n < 2; n++) {
            for (int i = 0; i < 35; i++) {
                assertThat(images.pixels()[n * 105 + i] & 0xff).isEqualTo(0x33);
                assertThat(images.pixels()[n * 105 + 35 + i] & 0xff).isEqualTo(0x66);
                assertThat(images.pixels()[n * 105 + 70 + i] & 0xff).isEqualTo(0xcc);
            }
        }
    }

    @Test
    void shrinkingAveragesInsteadOfSkippingPixels() {
        // 1-pixel black and white stripes shrunk 16x must come out mid-grey, not all black or all white.
        BufferedImage stripes = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stripes.createGraphics();
        g.setColor(Color.WHITE);
        for (int x = 0; x < 64; x += 2) {
            g.fillRect(x, 0, 1, 64);
        }
        g.dispose();
        ImageFiles.write(dir.resolve("s.png"), stripes, "png");
        byte[] p = ImageFolder.read(dir, GREY_4).dataset().images().pixels();
        for (byte b : p) {
            assertThat(b & 0xff).isBetween(100, 155);
        }
    }

    @Test
    void readsJpeg() {
        ImageFiles.solid(dir.resolve("photo.jpg"), 16, 16, 0x808080, "jpg");
        Images images = ImageFolder.read(dir, GREY_4).dataset().images();
        assertThat(images.count()).isEqualTo(1);
        for (byte b : images.pixels()) {
            assertThat(b & 0xff).isBetween(124, 132);
        }
    }

    @Test
    void alphaIsCompositedOnBlack() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00ffffff); // fully transparent white
        image.setRGB(1, 0, 0xffffffff); // opaque white
        ImageFiles.write(dir.resolve("a.png"), image, "png");
        byte[] p = ImageFolder.read(dir, GREY_4).dataset().images().pixels();
        assertThat(p[0] & 0xff).isEqualTo(0);
        assertThat(p[1] & 0xff).isEqualTo(255);
    }

    @Test
    void contentWinsOverTheFileName() {
        ImageFiles.solid(dir.resolve("really-a-jpeg.png"), 8, 8, 0xffffff, "jpg");
        assertThat(ImageFolder.read(dir, GREY_4).dataset().size()).isEqualTo(1);
    }
}
