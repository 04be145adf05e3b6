package dev.latent.reliability;

import dev.latent.data.DataSources;
import dev.latent.data.Split;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small IDX copy of the embedded digits for the tests that train in child processes. */
final class SmallData {
    private SmallData() {}

    /** 2,000 training and 200 test digits from the embedded set, as an IDX directory {@code dir/data}. */
    static Path idxDigits(Path dir) throws IOException {
        Path data = dir.resolve("data");
        if (Files.isDirectory(data)) {
            return data;
        }
        Files.createDirectories(data);
        Split all = DataSources.load(DataSources.DEFAULT);
        Files.write(data.resolve("train-images-idx3-ubyte"), idx(all.train().slice(0, 2000).images().pixels(), 2000));
        Files.write(data.resolve("t10k-images-idx3-ubyte"), idx(all.test().slice(0, 200).images().pixels(), 200));
        return data;
    }

    private static byte[] idx(byte[] pixels, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(16).putInt(0x00000803).putInt(count).putInt(28).putInt(28).array());
        out.writeBytes(pixels);
        return out.toByteArray();
    }
}
