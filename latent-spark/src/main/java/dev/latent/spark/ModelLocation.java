package dev.latent.spark;

import dev.latent.InvalidInputException;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.spark.util.SerializableConfiguration;

/**
 * A model directory on any Hadoop file system (local, HDFS, S3 through the user's Hadoop
 * configuration), and the few files of it a JVM needs, brought to a local folder: a local
 * directory is read in place, any other is copied once per JVM, file by file. Only the model's own
 * files travel (never checkpoints or metrics), and nothing a row says is ever a path.
 */
final class ModelLocation implements Serializable {
    private static final long serialVersionUID = 1L;
    /** What an executor needs to encode, score and decode. */
    static final List<String> RUN = List.of("config.json", "model.safetensors", "columns.json", "threshold.json");
    /** What the driver also reads: the validation rows that thresholds come from. */
    static final List<String> DRIVER = List.of("config.json", "model.safetensors", "columns.json", "threshold.json", "validation.safetensors",
            "split.json");

    private final String path;
    private final SerializableConfiguration hadoop;

    ModelLocation(String path, Configuration hadoop) {
        if (path == null || path.isBlank()) {
            throw InvalidInputException.of("modelPath", "no model directory: set modelPath to a directory written by latent train");
        }
        this.path = path;
        this.hadoop = new SerializableConfiguration(hadoop);
    }

    String path() {
        return path;
    }

    /**
     * What identifies this version of the model: the directory's full name and its weights' length
     * and modification time, so a model retrained in place is loaded again.
     */
    String version() {
        try {
            org.apache.hadoop.fs.Path weights = new org.apache.hadoop.fs.Path(path, "model.safetensors");
            FileSystem fs = weights.getFileSystem(hadoop.value());
            FileStatus status = fs.getFileStatus(weights);
            return fs.makeQualified(weights).getParent() + "#" + status.getLen() + "@" + status.getModificationTime();
        } catch (java.io.FileNotFoundException e) {
            throw new InvalidInputException(path + ": no model.safetensors there; set modelPath to a directory written by latent train");
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(path + ": cannot read the model directory (" + e.getMessage() + "); check modelPath and the Hadoop configuration");
        }
    }

    /** A local folder holding {@code files} (those of them the directory has). */
    Path local(List<String> files) {
        try {
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = dir.getFileSystem(hadoop.value());
            if ("file".equals(fs.getScheme())) {
                return Path.of(fs.makeQualified(dir).toUri());
            }
            Path copy = Files.createTempDirectory("latent-model-");
            copy.toFile().deleteOnExit();
            for (String name : files) {
                org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir, name);
                if (fs.exists(file)) {
                    fs.copyToLocalFile(false, file, new org.apache.hadoop.fs.Path(copy.resolve(name).toUri()), true);
                    copy.resolve(name).toFile().deleteOnExit();
                }
            }
            return copy;
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(path + ": cannot copy the model directory here (" + e.getMessage() + "); check modelPath and the Hadoop configuration");
        }
    }

    /** Copies the model's own files into {@code target} (a stage's save folder), replacing what is there. */
    void copyTo(String target) throws IOException {
        org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(path);
        org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(target);
        FileSystem source = from.getFileSystem(hadoop.value());
        FileSystem destination = to.getFileSystem(hadoop.value());
        destination.mkdirs(to);
        for (String name : DRIVER) {
            org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(from, name);
            if (source.exists(file)) {
                FileUtil.copy(source, file, destination, new org.apache.hadoop.fs.Path(to, name), false, true, hadoop.value());
            }
        }
    }
}
