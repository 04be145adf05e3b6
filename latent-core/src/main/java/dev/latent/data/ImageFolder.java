package dev.latent.data;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a directory of PNG and JPEG files into a {@link Dataset} of N x C x H x W bytes.
 *
 * <p>Layout, decided by what {@code DIR} holds directly:
 * <ul>
 *   <li><b>class subfolders</b> ({@code DIR/cat/1.png}, {@code DIR/dog/2.jpg}): each subfolder is a
 *       class, labelled 0..k-1 in sorted folder-name order; only files directly inside a class folder
 *       are read (deeper folders are ignored). When {@code DIR} has subfolders, image files lying
 *       directly in {@code DIR} are ignored, as torchvision's ImageFolder does. A class folder with
 *       no images is an error, since its label would have no examples.
 *   <li><b>flat</b> ({@code DIR/1.png}, {@code DIR/2.png}): no subfolders; unlabelled (labels null).
 * </ul>
 *
 * <p>Files: {@code *.png}, {@code *.jpg}, {@code *.jpeg}, any case. Other files and hidden entries
 * (names starting with '.') are ignored. Order is sorted by name (class folders, then files within
 * each), so the same folder always gives the same dataset. Conversion and resizing: see
 * {@link ImageDecoder}. Every image is checked against a pixel cap from its header before it is
 * decoded; the file count and the total N*C*H*W bytes are capped before anything is decoded.
 */
public final class ImageFolder {
    /** Caps on what a folder may make us read. */
    record Limits(long maxPixelsPerImage, int maxFiles, long maxBytes) {
        /** 50 megapixels per image (about 200 MB decoded as RGBA); 10 million files; one Java array. */
        static final Limits DEFAULT = new Limits(50_000_000L, 10_000_000, IdxReader.MAX_BYTES);
    }

    private ImageFolder() {}

    /** Reads {@code dir} (class subfolders or flat) converted and resized per {@code options}. */
    public static ImageFolderData read(Path dir, ImageOptions options) {
        return read(dir, options, Limits.DEFAULT);
    }

    static ImageFolderData read(Path dir, ImageOptions options, Limits limits) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": not a directory; give a folder of PNG/JPEG images (flat, or one subfolder per class)");
        }
        List<Path> classDirs = subfolders(dir);
        List<Path> files = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        int[] labels = null;
        if (classDirs.isEmpty()) {
            files = imageFiles(dir, limits, 0);
            if (files.isEmpty()) {
                throw new InvalidInputException(dir + ": holds no PNG or JPEG images (*.png, *.jpg, *.jpeg); add images, flat or in one subfolder per class");
            }
        } else {
            List<Integer> perClass = new ArrayList<>();
            for (Path classDir : classDirs) {
                List<Path> inClass = imageFiles(classDir, limits, files.size());
                if (inClass.isEmpty()) {
                    throw new InvalidInputException(classDir + ": class folder holds no PNG or JPEG images; add images or remove the folder (every subfolder of "
                            + dir + " is a class)");
                }
                files.addAll(inClass);
                classNames.add(classDir.getFileName().toString());
                perClass.add(inClass.size());
            }
            labels = new int[files.size()];
            int at = 0;
            for (int c = 0; c < perClass.size(); c++) {
                for (int i = 0; i < perClass.get(c); i++) {
                    labels[at++] = c;
                }
            }
        }
        int per = options.channels() * options.height() * options.width();
        long total = (long) files.size() * per;
        if (total > limits.maxBytes()) {
            throw new InvalidInputException(dir + ": " + files.size() + " images of " + options.channels() + "x" + options.height() + "x" + options.width() + " need "
                    + total + " bytes, more than the limit of " + limits.maxBytes() + "; use fewer images or a smaller image size");
        }
        byte[] pixels = new byte[(int) total];
        for (int i = 0; i < files.size(); i++) {
            ImageDecoder.decodeInto(files.get(i), options, limits.maxPixelsPerImage(), pixels, i * per);
        }
        Images images = new Images(files.size(), options.channels(), options.height(), options.width(), pixels);
        return new ImageFolderData(new Dataset(dir.toString(), images, labels), classNames);
    }

    /** Whether {@code dir} holds image files directly or in a subfolder: a cheap check that stops at the first. */
    static boolean holdsImages(Path dir) {
        for (Path entry : entries(dir)) {
            if (isImageFile(entry)) {
                return true;
            }
        }
        for (Path sub : subfolders(dir)) {
            for (Path entry : entries(sub)) {
                if (isImageFile(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** *.png, *.jpg, *.jpeg in any case; not hidden; a regular file (following links). */
    static boolean isImageFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg")) && Files.isRegularFile(path);
    }

    private static List<Path> subfolders(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path entry : entries(dir)) {
            if (!entry.getFileName().toString().startsWith(".") && Files.isDirectory(entry)) {
                out.add(entry);
            }
        }
        return out;
    }

    private static List<Path> imageFiles(Path dir, Limits limits, int alreadyFound) {
        List<Path> out = new ArrayList<>();
        for (Path entry : entries(dir)) {
            if (isImageFile(entry)) {
                if (alreadyFound + out.size() >= limits.maxFiles()) {
                    throw new InvalidInputException(dir + ": more than " + limits.maxFiles() + " image files in the data folder; use a smaller subset");
                }
                out.add(entry);
            }
        }
        return out;
    }

    /** The entries of {@code dir}, sorted by name. */
    private static List<Path> entries(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                out.add(entry);
            }
        } catch (IOException e) {
            throw new InvalidInputException(dir + ": cannot list the folder (" + e.getClass().getSimpleName() + "); check that it exists and is readable", e);
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }
}
