package dev.latent.data;

/**
 * Decodes the bytes of one PNG or JPEG file (a blob column, a message) exactly as image folders
 * are read: detected by content, refused above a pixel limit before allocation, converted to the
 * model's channels and resized to its height and width.
 */
public final class ImageBytes {
    /** The largest image accepted, as for image folders: 50 million pixels. */
    public static final long MAX_PIXELS = 50_000_000L;

    private ImageBytes() {}

    /**
     * C x H x W bytes (channel planes, row-major) of the image in {@code content}.
     *
     * @param name where the bytes came from, for the one-line refusal of a bad image
     * @throws dev.latent.InvalidInputException when the bytes are not a readable PNG or JPEG
     */
    public static byte[] decode(byte[] content, ImageOptions options, String name) {
        byte[] out = new byte[options.channels() * options.height() * options.width()];
        ImageDecoder.decodeInto(content, name, options, MAX_PIXELS, out, 0);
        return out;
    }
}
