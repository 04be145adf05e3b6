package dev.latent.data;

import static dev.latent.data.IdxReaderTest.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {
    @TempDir
    Path dir;

    @Test
    void embeddedMnistHasTenThousandDigitsSplit9000To1000() {
        Split split = DataSources.load(DataSources.DEFAULT);
        assertThat(split.train().size()).isEqualTo(9000);
        assertThat(split.test().size()).isEqualTo(1000);
        assertThat(split.train().images().height()).isEqualTo(28);
        assertThat(split.train().images().width()).isEqualTo(28);
        int[] counts = new int[10];
        for (Dataset part : new Dataset[] {split.train(), split.test()}) {
            for (int label : part.labels()) {
                counts[label]++;
            }
        }
        assertThat(counts).containsExactly(1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978);
        float[] pixels = split.test().images().toFloats();
        for (float p : pixels) {
            assertThat(p).isBetween(0f, 1f);
        }
        assertThat(pixels).contains(1f).contains(0f);
    }

    @Test
    void directoryWithTestSplitAndLabels() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFiles.gzip(IdxFiles.images(5, 3, 2)));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxFiles.labels(1, 2, 3, 4, 5));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), IdxFiles.images(2, 3, 2));
        Split split = DataSources.load(dir.toString());
        assertThat(split.train().size()).isEqualTo(5);
        assertThat(split.train().labels()).containsExactly(1, 2, 3, 4, 5);
        assertThat(split.test().size()).isEqualTo(2);
        assertThat(split.test().hasLabels()).isFalse();
    }

    @Test
    void withoutTestFilesTheLastTenthIsHeldOut() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxFiles.images(20, 2, 2));
        Split split = DataSources.load(dir.toString());
        assertThat(split.train().size()).isEqualTo(18);
        assertThat(split.test().size()).isEqualTo(2);
        assertThat(split.test().name()).contains("held out");
        byte[] all = IdxReader.readImages(dir.resolve("train-images-idx3-ubyte")).pixels();
        assertThat(split.test().images().pixels()).isEqualTo(Arrays.copyOfRange(all, 18 * 4, 20 * 4));
    }

    @Test
    void badDirectoriesGiveOneClearLine() throws IOException {
        assertOneLine(() -> DataSources.load(dir.resolve("nope").toString()), "nope", "no such directory or CSV file");
        assertOneLine(() -> DataSources.load(dir.toString()), dir.toString(), "no train-images-idx3-ubyte");
        Files.write(dir.resolve("train-images-idx3-ubyte"), IdxFiles.images(3, 2, 2));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxFiles.labels(1, 2));
        assertOneLine(() -> DataSources.load(dir.toString()), "train-labels-idx1-ubyte", "holds 2 labels but");
    }

    @Test
    void imagesSliceAndSelectCopyTheRightPixels() {
        Images images = new Images(3, 1, 1, 2, new byte[] {0, 1, 2, 3, 4, 5});
        assertThat(images.slice(1, 3).pixels()).containsExactly(2, 3, 4, 5);
        assertThat(images.select(new int[] {2, 0}).pixels()).containsExactly(4, 5, 0, 1);
        assertThat(images.toFloats()[5]).isEqualTo(5 / 255f);
    }
}
