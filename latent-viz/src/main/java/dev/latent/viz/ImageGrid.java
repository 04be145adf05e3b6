package dev.latent.viz;

import dev.latent.data.Images;

import dev.latent.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Lays out a batch of small images (reconstructions, samples) as one picture: tiles in a grid,
 * separated by a thin mid-grey gap, each pixel enlarged so 28x28 digits are visible.
 */
public final class ImageGrid {

    /** Gap between tiles, in unscaled pixels. */
    static final int GAP = 2;
    /** Mid grey, so the gap is visible against both black and white backgrounds. */
    static final int GAP_RGB = 0x808080;

    private ImageGrid() {}

    /**
     * Renders images as a grid. When {@code columns} exceeds {@code count}, the grid is only
     * {@code count} tiles wide; a partly filled last row is padded with the gap colour.
     *
     * @param images values in [0, 1] (clamped; NaN shows as 0) in N, C, H, W order
     * @param count N, the number of images, at least 1
     * @param channels C: 1 for grey or 3 for RGB
     * @param height H, at least 1
     * @param width W, at least 1
     * @param columns tiles per row, at least 1
     * @param scale how many output pixels per input pixel along each axis, at least 1
     * @return an RGB image
     * @throws IllegalArgumentException if the arguments disagree with each other or the array
     */
    public static BufferedImage render(float[] images, int count, int channels, int height,
            int width, int columns, int scale) {
        GridLayout layout = GridLayout.of(images, count, channels, height, width, columns, scale);
        BufferedImage image = new BufferedImage(layout.totalWidth(), layout.totalHeight(),
                BufferedImage.TYPE_INT_RGB);
        fill(image, GAP_RGB);
        for (int n = 0; n < count; n++) {
            drawTile(image, images, layout, n);
        }
        return image;
    }

    /**
     * Writes an image as PNG, atomically.
     *
     * @param file the file to write
     * @param image the image
     * @throws IOException if the file cannot be written or this Java has no PNG encoder
     */
    public static void writePng(Path file, BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("cannot write " + file + ": this Java runtime has no PNG"
                    + " encoder (javax.imageio); use a full JDK/JRE with the java.desktop module");
        }
        ImageWriter writer = writers.next();
        try {
            AtomicFiles.write(file, out -> {
                // In-memory cache: ImageIO's default disk cache would litter the temp directory.
                try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(image);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static void fill(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb);
            }
        }
    }

    private static void drawTile(BufferedImage image, float[] images, GridLayout layout, int n) {
        int left = layout.tileLeft(n);
        int top = layout.tileTop(n);
        int scale = layout.scale();
        for (int y = 0; y < layout.height(); y++) {
            for (int x = 0; x < layout.width(); x++) {
                int rgb = rgb(images, layout, n, y, x);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(left + x * scale + dx, top + y * scale + dy, rgb);
                    }
                }
            }
        }
    }

    private static int rgb(float[] images, GridLayout layout, int n, int y, int x) {
        int plane = layout.height() * layout.width();
        int base = n * layout.channels() * plane + y * layout.width() + x;
        int red = Images.level(images[base]);
        if (layout.channels() == 1) {
            return red << 16 | red << 8 | red;
        }
        int green = Images.level(images[base + plane]);
        int blue = Images.level(images[base + 2 * plane]);
        return red << 16 | green << 8 | blue;
    }
}
