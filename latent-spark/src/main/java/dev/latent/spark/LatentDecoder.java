package dev.latent.spark;

import dev.latent.InvalidInputException;
import dev.latent.data.ImageShape;
import dev.latent.data.table.ColumnTransforms;
import java.util.List;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Codes back to data: the decoder's mean E[x|z] of each code, as {@code latent sample} draws it.
 * For an image model an array of C*H*W pixels in [0, 1] ({@code format} pixels) or a PNG file's
 * bytes (png); for a table model a struct with one text field per column of the table, its most
 * probable values. Works for AEs, VAEs and GANs.
 */
public final class LatentDecoder extends LatentStage<LatentDecoder> {
    private static final long serialVersionUID = 1L;
    private final Param<String> outputCol;
    private final Param<String> format;

    public LatentDecoder() {
        this(Identifiable.randomUID("latentDecoder"));
    }

    public LatentDecoder(String uid) {
        super(uid);
        this.outputCol = new Param<>(this, "outputCol", "the column of decoded images or rows");
        this.format = new Param<>(this, "format", "pixels (array<float> in [0, 1]) or png (binary), for image models");
        setDefault(inputCol(), "latent");
        setDefault(outputCol, "decoded");
        setDefault(format, "pixels");
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> format() {
        return format;
    }

    public LatentDecoder setOutputCol(String column) {
        return with(outputCol, column);
    }

    public LatentDecoder setFormat(String pixelsOrPng) {
        return with(format, pixelsOrPng);
    }

    public static MLReader<LatentDecoder> read() {
        return new StageReader<>(LatentDecoder.class);
    }

    public static LatentDecoder load(String path) {
        return read().load(path);
    }

    @Override
    RowInputs inputs(StructType schema, ModelFacts facts) {
        return RowInputs.codes(schema, getOrDefault(inputCol()));
    }

    private boolean png() {
        String chosen = getOrDefault(format);
        if (!chosen.equals("pixels") && !chosen.equals("png")) {
            throw InvalidInputException.of("format", "format '" + chosen + "' is not pixels or png");
        }
        return chosen.equals("png");
    }

    @Override
    List<StructField> outputFields(ModelFacts facts) {
        DataType type;
        if (facts.columns() != null) {
            StructField[] fields = facts.columns().decodedHeader().stream()
                    .map(name -> DataTypes.createStructField(name, DataTypes.StringType, true)).toArray(StructField[]::new);
            type = new StructType(fields);
        } else {
            type = png() ? DataTypes.BinaryType : DataTypes.createArrayType(DataTypes.FloatType, false);
        }
        return List.of(DataTypes.createStructField(getOrDefault(outputCol), type, true));
    }

    @Override
    PartitionBatches.Compute compute(ModelFacts facts, ModelLocation location) {
        boolean png = facts.columns() == null && png();
        return (model, z, count) -> {
            ImageShape shape = model.shape();
            float[] means = model.decodeMeans(z, count);
            int width = model.inputWidth();
            ColumnTransforms columns = model.columns().orElse(null);
            Object[][] out = new Object[count][];
            for (int i = 0; i < count; i++) {
                if (columns != null) {
                    out[i] = new Object[] {RowFactory.create((Object[]) columns.decode(means, i * width, null))};
                } else {
                    float[] pixels = java.util.Arrays.copyOfRange(means, i * width, (i + 1) * width);
                    out[i] = new Object[] {png ? Png.encode(pixels, shape) : pixels};
                }
            }
            return out;
        };
    }
}
