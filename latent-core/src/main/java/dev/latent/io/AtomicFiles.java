package dev.latent.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a reader sees either the old content or the complete new content, never a
 * half-written file: the bytes go to a temporary file in the same directory, are forced to disk,
 * and the temporary file is then renamed over the target in one atomic step.
 */
public final class AtomicFiles {

    /** Produces the content of a file onto a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        /**
         * Writes the content.
         *
         * @param out the stream to write to; closed by the caller
         * @throws IOException if writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    private static final int BUFFER = 1 << 16;

    private AtomicFiles() {}

    /**
     * Writes {@code target} atomically. The existing target, if any, is left untouched unless the
     * whole write succeeds. Parent directories are created as needed.
     *
     * @param target the file to write
     * @param writer produces the content
     * @throws IOException if writing or the final rename fails; the temporary file is removed
     */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Same directory as the target: a rename is only atomic within one file system.
        Path temp = dir.resolve("." + absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            writeAndSync(temp, writer);
            pauseForCrashTests();
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target} atomically.
     *
     * @param target the file to write
     * @param text the content
     * @throws IOException if writing fails
     */
    public static void writeString(Path target, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    private static void writeAndSync(Path temp, StreamWriter writer) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            // Buffered so small writes do not each become a system call; not closed separately
            // because closing the channel is enough once the buffer is flushed.
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
            writer.write(out);
            out.flush();
            // Without fsync a crash after the rename could leave an empty or partial target.
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path temp, Throwable primary) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException cleanup) {
            // The original failure matters more; keep the cleanup failure attached to it.
            primary.addSuppressed(cleanup);
        }
    }

    /**
     * Test hook: with {@code LATENT_TEST_PAUSE_BEFORE_RENAME_MS} set, every write pauses between the
     * whole temporary file and the rename, so that the crash tests can kill the process inside a
     * write. Unset (always, outside those tests) it costs one map lookup.
     */
    private static void pauseForCrashTests() {
        String pause = System.getenv("LATENT_TEST_PAUSE_BEFORE_RENAME_MS");
        if (pause == null) {
            return;
        }
        try {
            Thread.sleep(Long.parseLong(pause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NumberFormatException e) {
            // not a number: no pause
        }
    }
}
