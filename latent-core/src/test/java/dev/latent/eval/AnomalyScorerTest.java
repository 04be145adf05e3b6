package dev.latent.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.latent.data.ImageShape;
import dev.latent.data.table.TableLayout;
import dev.latent.data.table.TableLayout.Block;
import dev.latent.data.table.TableLayout.Kind;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.KlDivergence;
import dev.latent.objective.Mixed;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnomalyScorerTest {
    private static final TableLayout LAYOUT = new TableLayout(List.of(new Block("n", Kind.GAUSSIAN, 0, 1), new Block("c", Kind.CATEGORICAL, 1, 3)));

    @Test
    void theElboScoreIsTheColumnsReconstructionPlusTheKlAndReconstructionIsTheSquaredDistance() {
        Mixed mixed = new Mixed(LAYOUT);
        VariationalAutoencoder vae = (VariationalAutoencoder) Models.build(ModelConfig.dense(ModelKind.VAE, new ImageShape(1, 1, 4), List.of(8), 2), 3,
                mixed.decoderVariances());
        Random random = new Random(1);
        float[] rows = new float[5 * 4];
        for (int r = 0; r < 5; r++) {
            rows[r * 4] = (float) random.nextGaussian();
            rows[r * 4 + 1 + random.nextInt(3)] = 1;
        }
        try (TensorScope scope = TensorScope.open()) {
            Tensor x = Tensor.of(rows, 5, 1, 1, 4);
            AnomalyScorer.Scores elbo = new AnomalyScorer(vae, mixed, AnomalyScore.NEGATIVE_ELBO, 1, 0).score(x);
            double[] kl = KlDivergence.toStandardNormal(vae.posterior(x)).toDoubleArray();
            double[] means = mixed.mean(vae.reconstruct(x)).toDoubleArray();
            double[] squared = new AnomalyScorer(vae, mixed, AnomalyScore.RECONSTRUCTION, 1, 0).score(x).scores();
            assertThat(elbo.columnCount()).isEqualTo(2);
            for (int r = 0; r < 5; r++) {
                double columns = elbo.columns()[r * 2] + elbo.columns()[r * 2 + 1];
                assertThat(elbo.scores()[r]).isCloseTo(columns + kl[r], within(1e-4));
                double distance = 0;
                for (int j = 0; j < 4; j++) {
                    distance += Math.pow(means[r * 4 + j] - rows[r * 4 + j], 2);
                }
                assertThat(squared[r]).isCloseTo(distance, within(1e-5));
            }
            double[] nll = new AnomalyScorer(vae, mixed, AnomalyScore.NLL, 200, 4).score(x).scores();
            for (int r = 0; r < 5; r++) {
                assertThat(nll[r]).as("the importance-weighted bound is tighter than the ELBO, up to sampling").isLessThan(elbo.scores()[r] + 0.5);
            }
        }
    }
}
