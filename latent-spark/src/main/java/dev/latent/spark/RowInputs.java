package dev.latent.spark;

import dev.latent.InvalidInputException;
import dev.latent.api.BatchModel;
import dev.latent.data.ImageBytes;
import dev.latent.data.ImageOptions;
import dev.latent.data.ImageShape;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.table.RowEncoder;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How one row's input becomes the model's D features, checked on the driver against the schema
 * and applied on the executors row by row. An image model reads one column: image file bytes
 * (PNG or JPEG, decoded as image folders are), or D pixels in [0, 1] as an array of floats or
 * doubles or an ML {@code Vector}. A table model reads its own columns by name, as text or
 * numbers, through its columns.json. A row that cannot be read gives its one-line reason.
 */
final class RowInputs implements Serializable {
    private static final long serialVersionUID = 1L;

    enum Kind { IMAGE_BYTES, FLOAT_ARRAY, DOUBLE_ARRAY, VECTOR, TABLE }

    private final Kind kind;
    private final int[] positions;
    private final List<String> names;
    /** Pixels are checked to lie in [0, 1]; codes (a decoder's input) only to be finite. */
    private final boolean pixels;

    private RowInputs(Kind kind, int[] positions, List<String> names, boolean pixels) {
        this.kind = kind;
        this.positions = positions;
        this.names = names;
        this.pixels = pixels;
    }

    /** The reader of a column of codes (d numbers a row), for a decoder. */
    static RowInputs codes(StructType schema, String inputCol) {
        RowInputs any = of(schema, inputCol, null);
        if (any.kind == Kind.IMAGE_BYTES) {
            throw InvalidInputException.of("inputCol", "column '" + inputCol + "' is binary; a decoder reads codes as array<float>, array<double> or an ML Vector");
        }
        return new RowInputs(any.kind, any.positions, any.names, false);
    }

    /**
     * The reader of {@code schema}'s rows for a model that reads {@code columns} (a table model) or
     * images; {@code inputCol} names an image model's column.
     *
     * @throws InvalidInputException when the column is missing or of a type no model reads
     */
    static RowInputs of(StructType schema, String inputCol, ColumnTransforms columns) {
        if (columns != null) {
            List<String> names = columns.decodedHeader();
            int[] positions = new int[names.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = field(schema, names.get(i), "the model's table column");
                DataType type = schema.fields()[positions[i]].dataType();
                if (!(type instanceof StringType) && !(type instanceof NumericType) && !(type instanceof org.apache.spark.sql.types.BooleanType)) {
                    throw InvalidInputException.of("inputCol", "column '" + names.get(i) + "' is " + type.simpleString()
                            + "; a table model reads text or numbers (cast it to string)");
                }
            }
            return new RowInputs(Kind.TABLE, positions, names, true);
        }
        int position = field(schema, inputCol, "inputCol");
        DataType type = schema.fields()[position].dataType();
        Kind kind;
        if (type instanceof BinaryType) {
            kind = Kind.IMAGE_BYTES;
        } else if (type instanceof VectorUDT) {
            kind = Kind.VECTOR;
        } else if (type instanceof ArrayType array && array.elementType() instanceof FloatType) {
            kind = Kind.FLOAT_ARRAY;
        } else if (type instanceof ArrayType array && array.elementType() instanceof DoubleType) {
            kind = Kind.DOUBLE_ARRAY;
        } else {
            throw InvalidInputException.of("inputCol", "column '" + inputCol + "' is " + type.simpleString()
                    + "; give image bytes (binary), or pixels in [0, 1] as array<float>, array<double> or an ML Vector");
        }
        return new RowInputs(kind, new int[] {position}, List.of(inputCol), true);
    }

    private static int field(StructType schema, String name, String what) {
        for (int i = 0; i < schema.fields().length; i++) {
            StructField field = schema.fields()[i];
            if (field.name().equals(name)) {
                return i;
            }
        }
        throw InvalidInputException.of("inputCol", what + " '" + name + "' is not in the data (columns: " + String.join(", ", schema.fieldNames()) + ")");
    }

    /** D, the features a row gives: the model's input width, or d for codes. */
    int width(BatchModel model) {
        return pixels ? model.inputWidth() : model.latentDim();
    }

    /** One partition's reader: it holds a table model's row encoder, which is not thread-safe. */
    Reader reader(BatchModel model) {
        return new Reader(model);
    }

    final class Reader {
        private final int width;
        private final ImageOptions options;
        private final RowEncoder encoder;
        private final String[] fields;

        private Reader(BatchModel model) {
            this.width = pixels ? model.inputWidth() : model.latentDim();
            ImageShape shape = model.shape();
            this.options = kind == Kind.IMAGE_BYTES ? new ImageOptions(shape.channels(), shape.height(), shape.width()) : null;
            this.encoder = kind == Kind.TABLE ? model.columns().orElseThrow().encoder(names, "the rows") : null;
            this.fields = kind == Kind.TABLE ? new String[names.size()] : null;
        }

        /** Writes the row's D features to {@code out[offset ..]}, or returns why it cannot (null when it did). */
        String read(Row row, long number, float[] out, int offset) {
            try {
                if (kind == Kind.TABLE) {
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = row.isNullAt(positions[i]) ? "" : row.get(positions[i]).toString();
                    }
                    encoder.encode(fields, number, out, offset);
                    return null;
                }
                int at = positions[0];
                if (row.isNullAt(at)) {
                    return "column '" + names.get(0) + "' is null";
                }
                return switch (kind) {
                    case IMAGE_BYTES -> pixels(ImageBytes.decode(row.getAs(at), options, "column '" + names.get(0) + "'"), out, offset);
                    case VECTOR -> values(((Vector) row.get(at)).toArray(), out, offset);
                    case DOUBLE_ARRAY -> values(doubles(row.getList(at)), out, offset);
                    default -> floats(row.getList(at), out, offset);
                };
            } catch (InvalidInputException e) {
                return e.getMessage();
            }
        }

        private String pixels(byte[] bytes, float[] out, int offset) {
            for (int i = 0; i < width; i++) {
                out[offset + i] = (bytes[i] & 0xff) / 255f;
            }
            return null;
        }

        private String values(double[] values, float[] out, int offset) {
            if (values.length != width) {
                return "column '" + names.get(0) + "' has " + values.length + " values; the model takes " + width;
            }
            for (int i = 0; i < width; i++) {
                float v = (float) values[i];
                if (!inRange(v)) {
                    return bad(i, values[i]);
                }
                out[offset + i] = v;
            }
            return null;
        }

        private String floats(List<Object> values, float[] out, int offset) {
            if (values.size() != width) {
                return "column '" + names.get(0) + "' has " + values.size() + " values; the model takes " + width;
            }
            for (int i = 0; i < width; i++) {
                Object value = values.get(i);
                float v = value == null ? Float.NaN : (Float) value;
                if (!inRange(v)) {
                    return bad(i, value);
                }
                out[offset + i] = v;
            }
            return null;
        }

        private boolean inRange(float v) {
            return pixels ? v >= 0f && v <= 1f : Float.isFinite(v);
        }

        private String bad(int i, Object value) {
            return "column '" + names.get(0) + "' value " + i + " is " + value + (pixels ? "; pixels must be numbers in [0, 1]" : "; codes must be finite numbers");
        }

        private double[] doubles(List<Object> values) {
            double[] out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                Object value = values.get(i);
                out[i] = value == null ? Double.NaN : (Double) value;
            }
            return out;
        }
    }
}
