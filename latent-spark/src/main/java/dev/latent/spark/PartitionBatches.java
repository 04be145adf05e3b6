package dev.latent.spark;

import dev.latent.api.BatchModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A stage's work on one partition, a batch at a time: up to {@code batchSize} rows are read, the
 * good ones computed in one call to the model, and each row given back with the stage's new
 * columns (null for a bad row) and, when asked, the reason it was bad. At most one batch of rows
 * is held, whatever the partition's size.
 */
final class PartitionBatches implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /** What a stage computes for a batch of good rows. */
    interface Compute extends Serializable {
        /** The new column values of each of the {@code count} rows whose features fill {@code x}. */
        Object[][] apply(BatchModel model, float[] x, int count);
    }

    private final ModelLocation location;
    private final RowInputs inputs;
    private final Compute compute;
    private final int outputs;
    private final int batchSize;
    private final boolean errorColumn;
    private final boolean failOnError;

    PartitionBatches(ModelLocation location, RowInputs inputs, Compute compute, int outputs, int batchSize, boolean errorColumn, boolean failOnError) {
        this.location = location;
        this.inputs = inputs;
        this.compute = compute;
        this.outputs = outputs;
        this.batchSize = batchSize;
        this.errorColumn = errorColumn;
        this.failOnError = failOnError;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        BatchModel model = ExecutorModels.get(location);
        RowInputs.Reader reader = inputs.reader(model);
        int width = inputs.width(model);
        int partition = TaskContext.get() == null ? 0 : TaskContext.get().partitionId();
        return new Iterator<>() {
            private final List<Row> batch = new ArrayList<>(batchSize);
            private final String[] errors = new String[batchSize];
            private final float[] x = new float[Math.multiplyExact(batchSize, width)];
            private Object[][] computed;
            private int next;
            private long read;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                fill();
                return next < batch.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = batch.get(next);
                String error = errors[next];
                Object[] values = Arrays.copyOf(rowValues(row), row.size() + outputs + (errorColumn ? 1 : 0));
                if (error == null) {
                    System.arraycopy(computed[next], 0, values, row.size(), outputs);
                }
                if (errorColumn) {
                    values[values.length - 1] = error;
                }
                next++;
                return RowFactory.create(values);
            }

            /** Reads the next batch and computes its good rows. */
            private void fill() {
                batch.clear();
                next = 0;
                int good = 0;
                int[] goodIndex = new int[batchSize];
                while (batch.size() < batchSize && rows.hasNext()) {
                    Row row = rows.next();
                    read++;
                    String error = reader.read(row, read, x, good * width);
                    if (error != null && failOnError) {
                        throw new IllegalArgumentException("latent: row " + read + " of partition " + partition + ": " + error
                                + "; fix the row, or set failOnError to false to get null outputs and the reason in errorCol");
                    }
                    errors[batch.size()] = error;
                    if (error == null) {
                        goodIndex[good++] = batch.size();
                    }
                    batch.add(row);
                }
                computed = new Object[batch.size()][];
                if (good > 0) {
                    Object[][] results = compute.apply(model, good == batchSize ? x : Arrays.copyOf(x, good * width), good);
                    for (int i = 0; i < good; i++) {
                        computed[goodIndex[i]] = results[i];
                    }
                }
            }
        };
    }

    private static Object[] rowValues(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return values;
    }
}
