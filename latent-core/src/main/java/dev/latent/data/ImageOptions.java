package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How image files become tensors: every image is converted to {@code channels} and resized to
 * {@code height x width}, giving C x H x W bytes per image. IDX data ignores these options.
 *
 * @param channels 1 (grey, by luminance) or 3 (RGB)
 * @param height H, 1..{@value #MAX_SIDE}
 * @param width W, 1..{@value #MAX_SIDE}
 */
public record ImageOptions(int channels, int height, int width) {
    /** The largest side an image is resized to: 4096 x 4096 x 3 is already 48 MiB per image. */
    public static final int MAX_SIDE = 4096;
    /** Grey 28 x 28, the MNIST shape, so image folders and the embedded digits are interchangeable. */
    public static final ImageOptions DEFAULT = new ImageOptions(1, 28, 28);
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:[xX]\\s*(\\d{1,9})\\s*)?");

    public ImageOptions {
        if (channels != 1 && channels != 3) {
            throw new InvalidInputException("image channels " + channels + " is not supported; use 1 (grey) or 3 (RGB)");
        }
        if (height < 1 || height > MAX_SIDE || width < 1 || width > MAX_SIDE) {
            throw new InvalidInputException("image size " + height + "x" + width + " (HxW) is out of range; each side must be 1.." + MAX_SIDE);
        }
    }

    /**
     * Parses {@code --image-size}: {@code "28"} (28 x 28) or {@code "32x48"} (height 32, width 48).
     *
     * @param text the option's value
     * @param channels 1 or 3, carried into the result
     */
    public static ImageOptions parseSize(String text, int channels) {
        Matcher m = text == null ? null : SIZE.matcher(text);
        if (m == null || !m.matches()) {
            throw InvalidInputException.of("imageSize", "image size '" + (text == null ? "" : text.strip()) + "' is not a size; give N (square) or HxW, e.g. 28 or 32x48");
        }
        int height = Integer.parseInt(m.group(1));
        int width = m.group(2) == null ? height : Integer.parseInt(m.group(2));
        if (height < 1 || height > MAX_SIDE || width < 1 || width > MAX_SIDE) {
            throw InvalidInputException.of("imageSize", "image size '" + text.strip() + "' is out of range; each side must be 1.." + MAX_SIDE);
        }
        return new ImageOptions(channels, height, width);
    }
}
