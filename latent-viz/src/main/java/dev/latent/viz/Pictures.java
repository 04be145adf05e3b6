package dev.latent.viz;

import dev.latent.data.ImageShape;
import java.awt.image.BufferedImage;

/** The standard pictures of a latent model, as image grids. */
public final class Pictures {
    public static final int SCALE = 2;

    private Pictures() {}

    /**
     * Originals above their reconstructions: rows of up to {@code columns} originals, each followed
     * by the row of their reconstructions. Both arrays hold {@code count} images in [0, 1].
     */
    public static BufferedImage reconstructions(float[] originals, float[] reconstructions, int count, ImageShape shape, int columns) {
        int per = shape.size();
        int rows = (count + columns - 1) / columns;
        float[] tiles = new float[rows * 2 * columns * per];
        for (int i = 0; i < count; i++) {
            int row = i / columns;
            int column = i % columns;
            System.arraycopy(originals, i * per, tiles, ((2 * row) * columns + column) * per, per);
            System.arraycopy(reconstructions, i * per, tiles, ((2 * row + 1) * columns + column) * per, per);
        }
        return ImageGrid.render(tiles, rows * 2 * columns, shape.channels(), shape.height(), shape.width(), columns, SCALE);
    }

    /** A grid of {@code count} images in [0, 1], {@code columns} wide. */
    public static BufferedImage grid(float[] images, int count, ImageShape shape, int columns) {
        return ImageGrid.render(images, count, shape.channels(), shape.height(), shape.width(), columns, SCALE);
    }
}
