package dev.latent.cli;

import dev.latent.data.DataSources;
import dev.latent.data.ImageOptions;
import dev.latent.data.table.CsvOptions;
import dev.latent.data.Split;
import dev.latent.data.ImageShape;
import picocli.CommandLine.Option;

/** {@code --data} and, for folders of PNG/JPEG images, {@code --image-size} and {@code --channels-in}. */
final class DataOption {
    @Option(names = "--data", paramLabel = "mnist-10k|DIR|FILE.csv",
            description = {"Data: the embedded mnist-10k, a directory of IDX files (train-images-idx3-ubyte[.gz], optionally train-labels, "
                    + "t10k-images, t10k-labels), a directory of PNG/JPEG images (class subfolders or flat; train/ and test/ subfolders "
                    + "for a fixed split, else the last 10%% is held out), or a CSV table (a .csv file, or a directory with train.csv and test.csv).",
                "Default: mnist-10k for train and bench; the model's own data for other commands."})
    String spec;

    @Option(names = "--image-size", paramLabel = "N|HxW",
            description = "Image folders: resize every image to N x N or H x W pixels. Default: 28 (or the model's size).")
    String imageSize;

    @Option(names = "--channels-in", paramLabel = "1|3",
            description = "Image folders: 1 = grey, 3 = RGB. Default: 1 (or the model's).")
    Integer channelsIn;

    @Option(names = "--delimiter", paramLabel = "C", converter = DelimiterConverter.class,
            description = "CSV tables: the field delimiter (',', ';', 'tab' or one character). Default: detected from the first lines.")
    Character delimiter;

    /** How to read CSV files: the given delimiter, or detection. */
    CsvOptions csv() {
        return delimiter == null ? CsvOptions.DEFAULT : CsvOptions.DEFAULT.withDelimiter(delimiter);
    }

    /** Reads "tab" or "\\t" as a tab, else exactly one character. */
    static final class DelimiterConverter implements picocli.CommandLine.ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            if (value.equals("tab") || value.equals("\\t") || value.equals("\t")) {
                return '\t';
            }
            if (value.length() != 1) {
                throw new picocli.CommandLine.TypeConversionException("a delimiter is one character (or 'tab'), got '" + value + "'");
            }
            return value.charAt(0);
        }
    }

    /** The given spec, else {@code fallback}. */
    String specOr(String fallback) {
        return spec != null ? spec : fallback;
    }

    /** Loads the given data or {@code fallback}; image folders use the flags, else {@code shape}'s size. */
    Split load(String fallback, ImageShape shape) {
        return DataSources.load(specOr(fallback), options(shape));
    }

    /** The given data (else the model's own) as the model in {@code dir} reads it: a table through its columns, images at its size. */
    Split loadFor(java.nio.file.Path dir, dev.latent.store.RunConfig config) {
        ImageOptions images = imageSize != null || channelsIn != null ? options(config.data().shape()) : null;
        return dev.latent.store.ModelData.load(dir, config, specOr(config.data().source()), csv(), images);
    }

    /** For train: images as the flags say, 28 x 28 grey by default. */
    Split loadForTraining() {
        return load(DataSources.DEFAULT, null);
    }

    private ImageOptions options(ImageShape shape) {
        int channels = channelsIn != null ? channelsIn : shape != null ? shape.channels() : ImageOptions.DEFAULT.channels();
        if (imageSize != null) {
            return ImageOptions.parseSize(imageSize, channels);
        }
        return shape != null ? new ImageOptions(channels, shape.height(), shape.width())
                : new ImageOptions(channels, ImageOptions.DEFAULT.height(), ImageOptions.DEFAULT.width());
    }
}
