package dev.latent.cli;

import dev.latent.data.Dataset;
import dev.latent.data.ImageShape;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.table.CsvFile;
import dev.latent.data.table.CsvOptions;
import dev.latent.data.table.CsvRows;
import dev.latent.data.table.RowEncoder;
import dev.latent.nn.Tensor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The rows {@code latent score} scores, a chunk at a time: a CSV file streamed through the model's
 * column transforms (bounded memory whatever its length), or a split already in memory.
 */
abstract class ScoreRows implements AutoCloseable {
    static final int CHUNK = 4096;

    /**
     * One chunk.
     *
     * @param values the rows' features, row-major
     * @param count rows in the chunk
     * @param labels each row's label as text, or null when the rows have none
     * @param firstRow the 1-based number of the chunk's first row in its source
     */
    record Chunk(float[] values, int count, String[] labels, long firstRow) {
        Tensor tensor(ImageShape shape) {
            return Tensor.of(values, shape.batch(count));
        }
    }

    /** The next chunk, or null at the end. */
    abstract Chunk next();

    /** Whether the rows carry labels. */
    abstract boolean hasLabels();

    /** The label column's name in the output. */
    String labelName() {
        return "label";
    }

    /** What the source is, for messages. */
    abstract String name();

    /** Per column, the categories training had not seen (tables). */
    Map<String, Long> unknownCounts() {
        return Map.of();
    }

    @Override
    public void close() {}

    /** Every row of a CSV, streamed. */
    static ScoreRows csv(Path file, ColumnTransforms columns, CsvOptions options) {
        CsvRows rows = CsvFile.open(file, options);
        RowEncoder encoder = columns.encoder(rows.header(), rows.name());
        return new ScoreRows() {
            @Override
            Chunk next() {
                if (!rows.hasNext()) {
                    return null;
                }
                int width = encoder.width();
                float[] values = new float[CHUNK * width];
                String[] labels = encoder.hasLabels() ? new String[CHUNK] : null;
                long first = -1;
                int count = 0;
                while (count < CHUNK && rows.hasNext()) {
                    String[] row = rows.next();
                    if (first < 0) {
                        first = rows.row();
                    }
                    encoder.encode(row, rows.row(), values, count * width);
                    if (labels != null) {
                        labels[count] = encoder.label(row);
                    }
                    count++;
                }
                return new Chunk(count == CHUNK ? values : java.util.Arrays.copyOf(values, count * width), count,
                        labels == null ? null : java.util.Arrays.copyOf(labels, count), first);
            }

            @Override
            String name() {
                return rows.name();
            }

            @Override
            boolean hasLabels() {
                return encoder.hasLabels();
            }

            @Override
            String labelName() {
                return columns.labelColumn();
            }

            @Override
            Map<String, Long> unknownCounts() {
                return encoder.unknownCounts();
            }

            @Override
            public void close() {
                rows.close();
            }
        };
    }

    /** The rows of {@code dataset}; labels as text through {@code labelNames} (null: the class number). */
    static ScoreRows of(Dataset dataset, List<String> labelNames, String labelColumn) {
        return new ScoreRows() {
            private int from;

            @Override
            Chunk next() {
                if (from >= dataset.size()) {
                    return null;
                }
                int to = Math.min(dataset.size(), from + CHUNK);
                Dataset part = dataset.slice(from, to);
                float[] values = part.features().tensor().toFloatArray();
                String[] labels = null;
                if (part.hasLabels()) {
                    labels = new String[part.size()];
                    for (int i = 0; i < labels.length; i++) {
                        int label = part.labels()[i];
                        labels[i] = labelNames != null && label >= 0 ? labelNames.get(label) : Integer.toString(label);
                    }
                }
                Chunk chunk = new Chunk(values, part.size(), labels, from + 1L);
                from = to;
                return chunk;
            }

            @Override
            String name() {
                return dataset.name();
            }

            @Override
            boolean hasLabels() {
                return dataset.hasLabels();
            }

            @Override
            String labelName() {
                return labelColumn == null ? "label" : labelColumn;
            }
        };
    }
}
