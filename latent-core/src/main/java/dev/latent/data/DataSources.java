package dev.latent.data;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where data comes from: the embedded {@code mnist-10k}, or a directory in the MNIST layout
 * ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte},
 * {@code t10k-labels-idx1-ubyte}, each raw or with {@code .gz}; the raw name wins when both
 * exist). Labels are optional. Without t10k images, the last 10% of the training images (at
 * least one) are held out as the test split, and the datasets' names say so.
 *
 * <p>A directory without {@code train-images-idx3-ubyte[.gz]} is read as PNG/JPEG images
 * ({@link ImageFolder}, converted per {@link ImageOptions}):
 * <ul>
 *   <li>with subfolders {@code train} and {@code test}: each is an image folder; when they hold
 *       class subfolders, both must have the same class names;
 *   <li>otherwise the whole directory is one image folder, and the last 10% (at least one) is held
 *       out as the test split. With class subfolders the images are first shuffled with a fixed
 *       seed ({@link Shuffle#permutation}, seed 0), because the sorted order lists class by class and the last
 *       10% would otherwise be only the last classes; the shuffle makes every class very likely
 *       appear in both splits, and the same folder always gives the same split.
 * </ul>
 * IDX files win: when they are present, images and options are ignored.
 */
public final class DataSources {
    /** The embedded default: 10,000 MNIST digits, train = first 9,000, test = last 1,000. */
    public static final String DEFAULT = "mnist-10k";
    static final String RESOURCE = "/dev/latent/data/mnist-10k/";
    static final int MNIST_10K_TRAIN = 9_000;

    private DataSources() {}

    /** The embedded dataset by name, or the directory {@code spec}; images become {@link ImageOptions#DEFAULT} (grey 28x28). */
    public static Split load(String spec) {
        return load(spec, ImageOptions.DEFAULT);
    }

    /** The embedded dataset by name, or the directory {@code spec}; {@code options} apply to image folders only. */
    public static Split load(String spec, ImageOptions options) {
        if (DEFAULT.equals(spec)) {
            return embedded().from(spec);
        }
        Path dir = Path.of(spec);
        if (!Files.isDirectory(dir)) {
            throw InvalidInputException.of("data", spec + ": no such directory or CSV file; data is mnist-10k (embedded), a directory holding train-images-idx3-ubyte[.gz] or PNG/JPEG images, or a CSV table (FILE.csv, or a directory with train.csv)");
        }
        return directory(dir, options).from(spec);
    }

    static Split embedded() {
        Images images = resource("images-idx3-ubyte.gz", in -> IdxReader.readImages(in, "mnist-10k/images-idx3-ubyte.gz", -1));
        int[] labels = resource("labels-idx1-ubyte.gz", in -> IdxReader.readLabels(in, "mnist-10k/labels-idx1-ubyte.gz", -1));
        Dataset all = new Dataset(DEFAULT, images, labels);
        return new Split(rename(all.slice(0, MNIST_10K_TRAIN), DEFAULT + "/train"), rename(all.slice(MNIST_10K_TRAIN, all.size()), DEFAULT + "/test"));
    }

    static Split directory(Path dir, ImageOptions options) {
        Optional<Path> idx = find(dir, "train-images-idx3-ubyte");
        if (idx.isPresent()) {
            return idx(dir, idx.get());
        }
        if (Files.isDirectory(dir.resolve("train")) && Files.isDirectory(dir.resolve("test"))) {
            return imageTrainTest(dir, options);
        }
        if (ImageFolder.holdsImages(dir)) {
            return imageHeldOut(dir, options);
        }
        throw new InvalidInputException(dir + ": no train-images-idx3-ubyte[.gz] and no PNG/JPEG images; a data directory needs IDX files (MNIST layout) "
                + "or images (flat, one subfolder per class, or train/ and test/ subfolders)");
    }

    private static Split idx(Path dir, Path trainImages) {
        Dataset train = dataset(dir + "/train", trainImages, find(dir, "train-labels-idx1-ubyte"));
        Optional<Path> testImages = find(dir, "t10k-images-idx3-ubyte");
        if (testImages.isPresent()) {
            return new Split(train, dataset(dir + "/test", testImages.get(), find(dir, "t10k-labels-idx1-ubyte")));
        }
        if (train.size() < 2) {
            throw new InvalidInputException(trainImages + ": one image cannot be split into train and test; add t10k-images-idx3-ubyte or more images");
        }
        int held = Math.max(1, train.size() / 10);
        int cut = train.size() - held;
        return new Split(rename(train.slice(0, cut), dir + "/train (first " + cut + ")"),
                rename(train.slice(cut, train.size()), dir + "/train (last " + held + " held out as test: no t10k files)"));
    }

    private static Split imageTrainTest(Path dir, ImageOptions options) {
        ImageFolderData train = ImageFolder.read(dir.resolve("train"), options);
        ImageFolderData test = ImageFolder.read(dir.resolve("test"), options);
        if (!train.classNames().equals(test.classNames())) {
            throw new InvalidInputException(dir.resolve("test") + ": class folders differ from " + dir.resolve("train") + " (" + difference(train.classNames(), test.classNames())
                    + "); give both the same class subfolders, since labels are numbered by sorted class name");
        }
        return new Split(train.dataset(), test.dataset());
    }

    private static Split imageHeldOut(Path dir, ImageOptions options) {
        Dataset all = ImageFolder.read(dir, options).dataset();
        if (all.size() < 2) {
            throw new InvalidInputException(dir + ": one image cannot be split into train and test; add more images");
        }
        String order = "";
        if (all.hasLabels()) {
            all = shuffled(all);
            order = "shuffled with seed 0, ";
        }
        int held = Math.max(1, all.size() / 10);
        int cut = all.size() - held;
        return new Split(rename(all.slice(0, cut), dir + " (" + order + "first " + cut + ")"),
                rename(all.slice(cut, all.size()), dir + " (" + order + "last " + held + " held out as test: no train/test subfolders)"));
    }

    /** {@code dataset} in the order of the project's one seeded permutation ({@link Shuffle}, seed 0). */
    private static Dataset shuffled(Dataset dataset) {
        long[] permutation = Shuffle.permutation(dataset.size(), 0, 0);
        int[] order = new int[permutation.length];
        int[] labels = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) permutation[i];
            labels[i] = dataset.labels()[order[i]];
        }
        return new Dataset(dataset.name(), dataset.features().select(order), labels);
    }

    private static String difference(List<String> train, List<String> test) {
        if (train.isEmpty() || test.isEmpty()) {
            return "train has " + train.size() + " classes, test " + test.size() + "; a flat folder has none";
        }
        List<String> onlyTrain = train.stream().filter(name -> !test.contains(name)).toList();
        List<String> onlyTest = test.stream().filter(name -> !train.contains(name)).toList();
        return "only in train: " + abbreviate(onlyTrain) + "; only in test: " + abbreviate(onlyTest);
    }

    /** Up to 10 names, so that a thousand-class mismatch stays a readable line. */
    private static String abbreviate(List<String> names) {
        return names.size() <= 10 ? names.toString() : names.subList(0, 10).toString().replace("]", ", ... " + (names.size() - 10) + " more]");
    }

    private static Dataset dataset(String name, Path imagesFile, Optional<Path> labelsFile) {
        Images images = IdxReader.readImages(imagesFile);
        int[] labels = labelsFile.map(IdxReader::readLabels).orElse(null);
        if (labels != null && labels.length != images.count()) {
            throw new InvalidInputException(labelsFile.get() + ": holds " + labels.length + " labels but " + imagesFile + " holds " + images.count()
                    + " images; use matching files");
        }
        return new Dataset(name, images, labels);
    }

    private static Optional<Path> find(Path dir, String name) {
        Path raw = dir.resolve(name);
        if (Files.exists(raw)) {
            return Optional.of(raw);
        }
        Path gz = dir.resolve(name + ".gz");
        return Files.exists(gz) ? Optional.of(gz) : Optional.empty();
    }

    private static Dataset rename(Dataset dataset, String name) {
        return new Dataset(name, dataset.features(), dataset.labels());
    }

    private interface Reader<T> {
        T read(InputStream in);
    }

    private static <T> T resource(String name, Reader<T> reader) {
        try (InputStream in = DataSources.class.getResourceAsStream(RESOURCE + name)) {
            if (in == null) {
                throw new IllegalStateException("the embedded dataset is missing from the jar: " + RESOURCE + name);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
