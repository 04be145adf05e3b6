package dev.latent.data;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where data comes from: the embedded {@code mnist-10k}, or a directory in the MNIST layout
 * ({@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte},
 * {@code t10k-labels-idx1-ubyte}, each raw or with {@code .gz}; the raw name wins when both
 * exist). Labels are optional. Without t10k images, the last 10% of the training images (at
 * least one) are held out as the test split, and the datasets' names say so.
 */
public final class DataSources {
    /** The embedded default: 10,000 MNIST digits, train = first 9,000, test = last 1,000. */
    public static final String DEFAULT = "mnist-10k";
    static final String RESOURCE = "/dev/latent/data/mnist-10k/";
    static final int MNIST_10K_TRAIN = 9_000;

    private DataSources() {}

    /** The embedded dataset by name, or the directory {@code spec}. */
    public static Split load(String spec) {
        if (DEFAULT.equals(spec)) {
            return embedded();
        }
        Path dir = Path.of(spec);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(spec + ": not a directory; --data takes mnist-10k (embedded) or a directory holding train-images-idx3-ubyte[.gz]");
        }
        return directory(dir);
    }

    static Split embedded() {
        Images images = resource("images-idx3-ubyte.gz", in -> IdxReader.readImages(in, "mnist-10k/images-idx3-ubyte.gz", -1));
        int[] labels = resource("labels-idx1-ubyte.gz", in -> IdxReader.readLabels(in, "mnist-10k/labels-idx1-ubyte.gz", -1));
        Dataset all = new Dataset(DEFAULT, images, labels);
        return new Split(rename(all.slice(0, MNIST_10K_TRAIN), DEFAULT + "/train"), rename(all.slice(MNIST_10K_TRAIN, all.size()), DEFAULT + "/test"));
    }

    static Split directory(Path dir) {
        Path trainImages = find(dir, "train-images-idx3-ubyte").orElseThrow(() -> new InvalidInputException(
                dir + ": no train-images-idx3-ubyte[.gz]; a data directory needs at least that file (MNIST layout)"));
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
        return new Dataset(name, dataset.images(), dataset.labels());
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
