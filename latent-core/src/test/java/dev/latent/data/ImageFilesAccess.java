package dev.latent.data;

/** Lets tests in other packages build crafted image files. */
public final class ImageFilesAccess {
    private ImageFilesAccess() {}

    /** A PNG signature and header claiming {@code width x height}, with no pixel data. */
    public static byte[] pngHeaderOnly(int width, int height) {
        return ImageFiles.pngHeaderOnly(width, height);
    }
}
