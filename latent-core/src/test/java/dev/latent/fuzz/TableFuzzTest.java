package dev.latent.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.latent.data.table.CategoricalTransform;
import dev.latent.data.table.ColumnTransform;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.table.CsvFile;
import dev.latent.data.table.CsvOptions;
import dev.latent.data.table.EncodedRows;
import dev.latent.data.table.RawTable;
import dev.latent.data.table.Schema;
import dev.latent.data.table.SchemaInference;
import dev.latent.data.table.SchemaOptions;
import dev.latent.io.Json;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A whole table on arbitrary bytes: read, infer a schema, fit the columns, encode, decode. Each
 * step succeeds or refuses with one clear line; where all succeed, the schema and the transforms
 * survive JSON, each row decodes to one value per input column, and a categorical value decodes
 * to itself (a missing one to "").
 */
class TableFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void table(byte[] bytes) {
        FuzzOutcome.acceptOrRefuse(() -> roundTrip(CsvFile.read(new ByteArrayInputStream(bytes), "fuzz.csv", CsvOptions.DEFAULT)));
    }

    private static void roundTrip(RawTable table) {
        Schema schema = SchemaInference.infer(table, SchemaOptions.DEFAULT).schema();
        ColumnTransforms transforms = ColumnTransforms.fit(schema, table);
        same(schema, Schema.class);
        same(transforms, ColumnTransforms.class);
        EncodedRows encoded = transforms.encode(table);
        List<ColumnTransform> columns = transforms.columns();
        for (int r = 0; r < encoded.rows(); r++) {
            String[] decoded = transforms.decode(encoded.values(), r * encoded.width(), null);
            if (decoded.length != columns.size()) {
                throw new AssertionError(decoded.length + " decoded values for " + columns.size() + " columns");
            }
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c) instanceof CategoricalTransform) {
                    String raw = table.value(r, table.columnIndex(columns.get(c).name()));
                    String expected = RawTable.isMissing(raw) ? "" : raw;
                    if (!decoded[c].equals(expected)) {
                        throw new AssertionError("row " + (r + 1) + ", column " + columns.get(c).name() + ": " + raw + " decoded as " + decoded[c]);
                    }
                }
            }
        }
    }

    private static <T> void same(T value, Class<T> type) {
        try {
            T back = Json.mapper().readValue(Json.mapper().writeValueAsString(value), type);
            if (!back.equals(value)) {
                throw new AssertionError("changed by JSON: " + value + " became " + back);
            }
        } catch (JsonProcessingException e) {
            throw new AssertionError("cannot go through JSON: " + value, e);
        }
    }
}
