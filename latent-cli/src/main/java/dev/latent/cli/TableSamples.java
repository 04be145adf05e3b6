package dev.latent.cli;

import dev.latent.data.table.ColumnTransforms;
import dev.latent.eval.Inference;
import dev.latent.io.AtomicFiles;
import dev.latent.model.LatentPrior;
import dev.latent.nn.RandomSource;
import dev.latent.nn.TensorScope;
import dev.latent.store.TrainedModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Synthetic table rows: codes drawn from the prior, decoded to the likelihood's means, and turned
 * back into the original columns through the model's saved transforms (numbers unstandardised,
 * categories and was-missing indicators drawn from their decoded probabilities, seeded).
 */
final class TableSamples {
    private TableSamples() {}

    static void write(TrainedModel trained, ColumnTransforms columns, LatentPrior prior, int count, long seed, Path out) throws IOException {
        float[] means;
        try (TensorScope scope = TensorScope.open()) {
            means = Inference.decodeMeans(trained.model(), trained.likelihood(), prior.sample(count, RandomSource.seeded(seed)));
        }
        int width = columns.width();
        SplittableRandom draws = new SplittableRandom(seed);
        AtomicFiles.write(out, stream -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            writer.write(Csv.row(columns.decodedHeader().toArray(String[]::new)) + "\n");
            for (int i = 0; i < count; i++) {
                writer.write(Csv.row(columns.decode(means, i * width, draws)) + "\n");
            }
            writer.flush();
        });
    }
}
