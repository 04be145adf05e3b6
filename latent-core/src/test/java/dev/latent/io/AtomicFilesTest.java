package dev.latent.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesNewFileCreatingParentDirectories() throws IOException {
        Path target = dir.resolve("a/b/c.txt");
        AtomicFiles.writeString(target, "héllo");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("héllo");
        assertThat(listing(target.getParent())).containsExactly("c.txt");
    }

    @Test
    void replacesExistingContent() throws IOException {
        Path target = dir.resolve("x.bin");
        Files.write(target, new byte[] {1, 2, 3, 4, 5});
        AtomicFiles.write(target, out -> out.write(new byte[] {9}));
        assertThat(Files.readAllBytes(target)).containsExactly(9);
        assertThat(listing(dir)).containsExactly("x.bin");
    }

    @Test
    void failingWriterLeavesTargetUntouchedAndNoTempFile() throws IOException {
        Path target = dir.resolve("model.safetensors");
        byte[] original = {7, 7, 7, 7};
        Files.write(target, original);
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(Files.readAllBytes(target)).isEqualTo(original);
        assertThat(listing(dir)).containsExactly("model.safetensors");
    }

    @Test
    void runtimeFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("new.txt");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(listing(dir)).isEmpty();
    }

    private static java.util.List<String> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
