package dev.latent.nn;

import dev.latent.InvalidInputException;
import dev.latent.io.SafeTensors;
import dev.latent.io.SafeTensors.TensorData;
import dev.latent.nn.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Named tensors to and from safetensors files, checked name by name and shape by shape. */
public final class Weights {
    private Weights() {}

    /**
     * Writes {@code tensors} (atomically) with {@code metadata} in the safetensors header. Refuses
     * non-finite values: a file with NaN weights is never written.
     */
    public static void save(Path file, Map<String, Tensor> tensors, Map<String, String> metadata) throws IOException {
        Map<String, TensorData> data = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
            float[] values = entry.getValue().toFloatArray();
            for (float value : values) {
                if (!Float.isFinite(value)) {
                    throw new IllegalStateException("refusing to write " + file + ": tensor " + entry.getKey() + " holds " + value);
                }
            }
            data.put(entry.getKey(), new TensorData(entry.getValue().shape(), values));
        }
        SafeTensors.write(file, data, metadata);
    }

    /**
     * Reads {@code file} into {@code into}: the file must hold exactly these names with these
     * shapes, and only finite values; otherwise nothing is loaded and one clear line is thrown.
     *
     * @return the file's metadata
     */
    public static Map<String, String> load(Path file, Map<String, Tensor> into) {
        SafeTensors.Contents contents = SafeTensors.read(file);
        check(file, contents.tensors(), into);
        into.forEach((name, tensor) -> tensor.load(contents.tensors().get(name).values()));
        return contents.metadata();
    }

    private static void check(Path file, Map<String, TensorData> found, Map<String, Tensor> expected) {
        TreeSet<String> missing = new TreeSet<>(expected.keySet());
        missing.removeAll(found.keySet());
        TreeSet<String> unexpected = new TreeSet<>(found.keySet());
        unexpected.removeAll(expected.keySet());
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new InvalidInputException(file + ": tensor names disagree with config.json (missing " + missing + ", unexpected "
                    + unexpected + "); the weights belong to another model");
        }
        for (Map.Entry<String, Tensor> entry : expected.entrySet()) {
            TensorData data = found.get(entry.getKey());
            if (!Arrays.equals(data.shape(), entry.getValue().shape())) {
                throw new InvalidInputException(file + ": tensor " + entry.getKey() + " has shape " + Arrays.toString(data.shape())
                        + " but config.json builds " + Arrays.toString(entry.getValue().shape()) + "; the weights belong to another model");
            }
            for (float value : data.values()) {
                if (!Float.isFinite(value)) {
                    throw new InvalidInputException(file + ": tensor " + entry.getKey() + " holds a non-finite value (" + value
                            + "); the file is damaged or came from a diverged run");
                }
            }
        }
    }
}
