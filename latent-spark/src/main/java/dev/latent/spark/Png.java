package dev.latent.spark;

import dev.latent.data.Images;

import dev.latent.data.ImageShape;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** C x H x W pixels in [0, 1] (channel planes) as the bytes of a PNG file: grey for one channel, RGB for three. */
final class Png {
    private Png() {}

    static byte[] encode(float[] pixels, ImageShape shape) {
        int h = shape.height();
        int w = shape.width();
        int plane = h * w;
        boolean grey = shape.channels() == 1;
        BufferedImage image = new BufferedImage(w, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < plane; i++) {
            int x = i % w;
            int y = i / w;
            if (grey) {
                image.getRaster().setSample(x, y, 0, Images.level(pixels[i]));
            } else {
                image.setRGB(x, y, Images.level(pixels[i]) << 16 | Images.level(pixels[plane + i]) << 8 | Images.level(pixels[2 * plane + i]));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
