package dev.latent.data;

import static dev.latent.data.IdxReaderTest.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DataSources#load(String, ImageOptions)} on image folders. */
class ImageFolderSplitTest {
    @TempDir
    Path dir;

    @Test
    void trainAndTestSubfoldersAreTheSplits() {
        for (String split : new String[] {"train", "test"}) {
            ImageFiles.solid(dir.resolve(split + "/cat/a.png"), 8, 8, 0x111111, "png");
            ImageFiles.solid(dir.resolve(split + "/dog/b.png"), 8, 8, 0x222222, "png");
        }
        ImageFiles.solid(dir.resolve("train/dog/c.png"), 8, 8, 0x333333, "png");
        Split split = DataSources.load(dir.toString(), new ImageOptions(3, 6, 5));
        assertThat(split.train().size()).isEqualTo(3);
        assertThat(split.train().labels()).containsExactly(0, 1, 1);
        assertThat(split.test().labels()).containsExactly(0, 1);
        assertThat(split.train().name()).endsWith("train");
        assertThat(split.test().name()).endsWith("test");
        assertThat(split.train().images().channels()).isEqualTo(3);
        assertThat(split.train().images().height()).isEqualTo(6);
        assertThat(split.train().images().width()).isEqualTo(5);
    }

    @Test
    void loadWithoutOptionsReadsGrey28() {
        ImageFiles.solid(dir.resolve("train/a.png"), 50, 40, 0xffffff, "png");
        ImageFiles.solid(dir.resolve("test/b.png"), 10, 10, 0, "png");
        Split split = DataSources.load(dir.toString());
        assertThat(split.train().hasLabels()).isFalse();
        assertThat(split.train().images().channels()).isEqualTo(1);
        assertThat(split.train().images().height()).isEqualTo(28);
        assertThat(split.test().images().width()).isEqualTo(28);
    }

    @Test
    void trainAndTestWithDifferentClassesIsOneLine() {
        ImageFiles.solid(dir.resolve("train/cat/a.png"), 4, 4, 0, "png");
        ImageFiles.solid(dir.resolve("train/dog/a.png"), 4, 4, 0, "png");
        ImageFiles.solid(dir.resolve("test/cat/a.png"), 4, 4, 0, "png");
        ImageFiles.solid(dir.resolve("test/cow/a.png"), 4, 4, 0, "png");
        assertOneLine(() -> DataSources.load(dir.toString()), dir.resolve("test").toString(), "only in train: [dog]; only in test: [cow]");
    }

    @Test
    void flatTrainWithClassedTestIsOneLine() {
        ImageFiles.solid(dir.resolve("train/a.png"), 4, 4, 0, "png");
        ImageFiles.solid(dir.resolve("test/cat/a.png"), 4, 4, 0, "png");
        assertOneLine(() -> DataSources.load(dir.toString()), "test", "train has 0 classes, test 1");
    }

    @Test
    void classFoldersAreShuffledWithSeedZeroBeforeTheLastTenthIsHeldOut() {
        String[] classes = {"a", "b", "c"};
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 20; i++) {
                ImageFiles.solid(dir.resolve(classes[c] + "/" + i + ".png"), 4, 4, (c * 100 + i) * 0x010101, "png");
            }
        }
        ImageOptions options = new ImageOptions(1, 2, 2);
        Split split = DataSources.load(dir.toString(), options);
        assertThat(split.train().size()).isEqualTo(54);
        assertThat(split.test().size()).isEqualTo(6);
        assertThat(split.test().name()).contains("shuffled with seed 0").contains("held out");
        assertThat(split.test().labels()).contains(0, 1, 2);
        // Labels travel with their images: every pixel value encodes its class.
        for (Dataset part : new Dataset[] {split.train(), split.test()}) {
            for (int n = 0; n < part.size(); n++) {
                int value = part.images().pixels()[n * 4] & 0xff;
                assertThat(value / 100).isEqualTo(part.labels()[n]);
            }
        }
        // Deterministic: the same folder gives the same split.
        Split again = DataSources.load(dir.toString(), options);
        assertThat(again.test()).isEqualTo(split.test());
        assertThat(again.train()).isEqualTo(split.train());
    }

    @Test
    void aFlatFolderHoldsOutItsLastTenthInOrder() {
        for (int i = 0; i < 12; i++) {
            ImageFiles.solid(dir.resolve(String.format("%02d.png", i)), 3, 3, i * 0x010101, "png");
        }
        Split split = DataSources.load(dir.toString(), new ImageOptions(1, 1, 1));
        assertThat(split.train().size()).isEqualTo(11);
        assertThat(split.test().size()).isEqualTo(1);
        assertThat(split.test().hasLabels()).isFalse();
        assertThat(split.test().images().pixels()).containsExactly(11);
        assertThat(split.test().name()).doesNotContain("shuffled").contains("held out");
    }

    @Test
    void oneImageCannotBeSplit() {
        ImageFiles.solid(dir.resolve("only.png"), 3, 3, 0, "png");
        assertOneLine(() -> DataSources.load(dir.toString()), dir.toString(), "one image cannot be split");
    }

    @Test
    void idxFilesWinOverImages() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxFiles.images(20, 2, 3));
        ImageFiles.solid(dir.resolve("train/a.png"), 4, 4, 0, "png");
        ImageFiles.solid(dir.resolve("test/a.png"), 4, 4, 0, "png");
        Split split = DataSources.load(dir.toString(), new ImageOptions(3, 9, 9));
        assertThat(split.train().images().channels()).isEqualTo(1);
        assertThat(split.train().images().height()).isEqualTo(2);
        assertThat(split.train().size() + split.test().size()).isEqualTo(20);
    }

    @Test
    void aFolderWithNeitherNamesBothOptions() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "nothing");
        Files.createDirectories(dir.resolve("empty-sub"));
        assertOneLine(() -> DataSources.load(dir.toString()), dir.toString(), "no train-images-idx3-ubyte[.gz] and no PNG/JPEG images");
    }

    @Test
    void errorsInsideTheImagesNameTheFile() throws IOException {
        ImageFiles.solid(dir.resolve("train/a.png"), 4, 4, 0, "png");
        Files.createDirectories(dir.resolve("test"));
        Files.write(dir.resolve("test/bomb.png"), ImageFiles.pngHeaderOnly(30_000, 30_000));
        assertOneLine(() -> DataSources.load(dir.toString()), "bomb.png", "over the limit");
        assertThat(Arrays.asList(dir.toFile().list())).contains("train", "test");
    }
}
