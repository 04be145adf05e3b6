package dev.latent.cli;

import dev.latent.data.table.ColumnTransforms;
import dev.latent.data.table.TableLayout;
import dev.latent.nn.NoGrad;
import dev.latent.nn.Tensor;
import dev.latent.objective.Mixed;
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
 * Synthetic table rows: codes drawn from the prior, decoded, each number drawn from its Gaussian
 * (the decoded mean and the column's learned standard deviation), categories and was-missing
 * indicators drawn from their decoded probabilities (seeded), and turned back into the original
 * columns through the model's saved transforms.
 */
final class TableSamples {
    private TableSamples() {}

    static void write(TrainedModel trained, ColumnTransforms columns, LatentPrior prior, int count, long seed, Path out) throws IOException {
        float[] means;
        double[] deviations;
        try (TensorScope scope = TensorScope.open(); NoGrad noGrad = NoGrad.open()) {
            Tensor logits = trained.model().decode(prior.sample(count, RandomSource.seeded(seed)));
            means = trained.likelihood().mean(logits).toFloatArray();
            deviations = trained.likelihood() instanceof Mixed mixed ? mixed.standardDeviations(logits) : new double[0];
        }
        int width = columns.width();
        SplittableRandom draws = new SplittableRandom(seed);
        int[] gaussian = columns.layout().offsets(TableLayout.Kind.GAUSSIAN);
        for (int i = 0; i < count; i++) {
            for (int g = 0; g < deviations.length; g++) {
                means[i * width + gaussian[g]] += (float) (deviations[g] * draws.nextGaussian());
            }
        }
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
