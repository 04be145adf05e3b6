package dev.latent.data;

import dev.latent.InvalidInputException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one PNG or JPEG file into C x H x W bytes (channel planes, row-major), as
 * {@link Images} stores them.
 *
 * <p>The format is detected by content, not by name (a JPEG named {@code .png} is read as JPEG);
 * content other than PNG or JPEG is refused. The header is read first and an image with more than
 * {@code maxPixels} pixels is refused before its pixels are allocated, so a tiny file declaring
 * 30000 x 30000 cannot exhaust memory.
 *
 * <p>A truncated JPEG, which the JDK decodes with a grey tail and a warning, is refused too.
 *
 * <p>Alpha is composited on black (transparent pixels become black). Resizing is bilinear; when
 * shrinking by more than 2x the image is halved step by step first, because a single bilinear
 * step reads only the 2x2 pixels nearest each output pixel and would skip the rest (aliasing).
 * Grey is the rounded luminance {@code 0.299 R + 0.587 G + 0.114 B}.
 */
final class ImageDecoder {
    private ImageDecoder() {}

    /** Writes {@code file}, converted and resized per {@code options}, to {@code out[offset ..]}. */
    static void decodeInto(Path file, ImageOptions options, long maxPixels, byte[] out, int offset) {
        convertInto(decode(file, maxPixels), options, out, offset);
    }

    /** As {@link #decodeInto(Path, ImageOptions, long, byte[], int)}, from a file's bytes; {@code name} says where they came from. */
    static void decodeInto(byte[] content, String name, ImageOptions options, long maxPixels, byte[] out, int offset) {
        if (content.length == 0) {
            throw new InvalidInputException(name + ": the image is empty (0 bytes); give PNG or JPEG bytes");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(content))) {
            convertInto(read(in, name, maxPixels), options, out, offset);
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot read (" + describe(e) + ")", e);
        }
    }

    private static void convertInto(BufferedImage image, ImageOptions options, byte[] out, int offset) {
        int[] rgb = resize(image, options.height(), options.width());
        int plane = options.height() * options.width();
        for (int i = 0; i < plane; i++) {
            int r = (rgb[i] >> 16) & 0xff;
            int g = (rgb[i] >> 8) & 0xff;
            int b = rgb[i] & 0xff;
            if (options.channels() == 3) {
                out[offset + i] = (byte) r;
                out[offset + plane + i] = (byte) g;
                out[offset + 2 * plane + i] = (byte) b;
            } else {
                // Integer form of round(0.299 R + 0.587 G + 0.114 B): exact, at most 255 since the weights sum to 1.
                out[offset + i] = (byte) ((299 * r + 587 * g + 114 * b + 500) / 1000);
            }
        }
    }

    private static BufferedImage decode(Path file, long maxPixels) {
        long size = size(file);
        if (size == 0) {
            throw new InvalidInputException(file + ": the file is empty (0 bytes); remove it or replace it with a PNG or JPEG image");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new InvalidInputException(file + ": cannot be opened for reading; check its permissions");
            }
            return read(in, file.toString(), maxPixels);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + describe(e) + ")", e);
        }
    }

    private static BufferedImage read(ImageInputStream in, String file, long maxPixels) throws IOException {
        ImageReader reader = reader(in, file);
        try {
            return read(reader, reader.getFormatName().toUpperCase(Locale.ROOT), in, file, maxPixels);
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage read(ImageReader reader, String format, ImageInputStream in, String file, long maxPixels) {
        int width;
        int height;
        BufferedImage image;
        // Decoders meet hostile bytes here; besides IOException, the JDK's readers are known to throw
        // unchecked exceptions (IllegalArgumentException, ArrayIndexOutOfBoundsException, CMMException)
        // on malformed input. Each becomes one line naming the file; nothing is swallowed.
        try {
            reader.setInput(in, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file + ": corrupt " + format + " header (" + describe(e) + "); re-export or remove the file", e);
        }
        if (width < 1 || height < 1 || (long) width * height > maxPixels) {
            throw new InvalidInputException(file + ": " + format + " header declares " + width + "x" + height + " pixels, over the limit of " + maxPixels
                    + "; shrink the image or remove the file");
        }
        // libjpeg fills a truncated JPEG with grey and only warns; its other warnings (such as
        // "extraneous bytes before marker") are common in real datasets for images that decode fine.
        List<String> truncated = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> {
            // The JDK's own "Truncated File - Missing EOI marker" and libjpeg's "premature end of data segment".
            if (warning != null && (warning.startsWith("Truncated File") || warning.toLowerCase(Locale.ROOT).contains("premature end"))) {
                truncated.add(warning);
            }
        });
        try {
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(file + ": corrupt or truncated " + format + " (" + describe(e) + "); re-export or remove the file", e);
        }
        if (!truncated.isEmpty()) {
            throw new InvalidInputException(file + ": truncated " + format + " (" + truncated.get(0) + "); re-export or remove the file");
        }
        if (image == null) {
            throw new InvalidInputException(file + ": the " + format + " decoder returned no image; re-export or remove the file");
        }
        return image;
    }

    private static ImageReader reader(ImageInputStream in, String file) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        String other = null;
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase(Locale.ROOT);
            if (format.equals("png") || format.equals("jpeg") || format.equals("jpg")) {
                return reader;
            }
            other = other == null ? format.toUpperCase(Locale.ROOT) : other;
        }
        if (other != null) {
            throw new InvalidInputException(file + ": holds a " + other + " image, not PNG or JPEG; convert it to PNG or remove it");
        }
        throw new InvalidInputException(file + ": not a PNG or JPEG image (content not recognised); replace or remove the file");
    }

    /** The image composited on black and resized to height x width, as 0xRRGGBB per pixel, row-major. */
    static int[] resize(BufferedImage source, int height, int width) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        // At least one draw: it also converts any colour model (grey, palette, 16-bit, alpha) to RGB.
        do {
            w = w > 2 * width ? (w + 1) / 2 : width;
            h = h > 2 * height ? (h + 1) / 2 : height;
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                // The new image starts black, and SrcOver puts translucent pixels over it: alpha composited on black.
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current.getRGB(0, 0, width, height, null, 0, width);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file (removed while reading?); check the folder", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read (" + describe(e) + ")", e);
        }
    }

    /** An exception's class and message on one line. */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ").strip();
        return e.getClass().getSimpleName() + message;
    }
}
