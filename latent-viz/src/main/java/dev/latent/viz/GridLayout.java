package dev.latent.viz;

/**
 * Validated geometry of an image grid: where each tile goes and how large the picture is.
 *
 * @param count number of tiles
 * @param channels 1 or 3
 * @param height tile height in input pixels
 * @param width tile width in input pixels
 * @param columns tiles per row, never more than {@code count}
 * @param scale output pixels per input pixel
 */
record GridLayout(int count, int channels, int height, int width, int columns, int scale) {

    GridLayout {
        positive(count, "count");
        positive(height, "height");
        positive(width, "width");
        positive(columns, "columns");
        positive(scale, "scale");
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 (grey) or 3 (RGB), not "
                    + channels);
        }
        if (columns > count) {
            throw new IllegalArgumentException("columns " + columns + " exceeds count " + count);
        }
        // Long arithmetic: the picture must fit BufferedImage's int dimensions.
        if (span(columns, width, scale) > Integer.MAX_VALUE
                || span(rows(count, columns), height, scale) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid of " + count + " tiles of " + height + "x"
                    + width + " at scale " + scale + " is too large for one image");
        }
    }

    /** Checks the array against the dimensions and builds the layout. */
    static GridLayout of(float[] images, int count, int channels, int height, int width,
            int columns, int scale) {
        if (images == null) {
            throw new IllegalArgumentException("images must not be null");
        }
        GridLayout layout = new GridLayout(count, channels, height, width,
                Math.min(columns, Math.max(count, 1)), scale);
        long expected = numel(count, channels, height, width);
        if (expected != images.length) {
            throw new IllegalArgumentException("count*channels*height*width = " + count + "*"
                    + channels + "*" + height + "*" + width + " = " + expected
                    + " but the array has " + images.length + " values");
        }
        return layout;
    }

    /** The element count, or -1 if it overflows a long (and so cannot match any array). */
    private static long numel(int count, int channels, int height, int width) {
        try {
            return Math.multiplyExact(Math.multiplyExact((long) count * channels, (long) height),
                    (long) width);
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    int rows() {
        return rows(count, columns);
    }

    int totalWidth() {
        return (int) span(columns, width, scale);
    }

    int totalHeight() {
        return (int) span(rows(), height, scale);
    }

    int tileLeft(int n) {
        return (n % columns) * (width + ImageGrid.GAP) * scale;
    }

    int tileTop(int n) {
        return (n / columns) * (height + ImageGrid.GAP) * scale;
    }

    private static int rows(int count, int columns) {
        return (count + columns - 1) / columns;
    }

    /** Pixels spanned by {@code tiles} tiles of {@code size} with gaps between them. */
    private static long span(int tiles, int size, int scale) {
        return ((long) tiles * size + (long) (tiles - 1) * ImageGrid.GAP) * scale;
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
