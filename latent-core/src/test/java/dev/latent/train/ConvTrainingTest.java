package dev.latent.train;

import dev.latent.data.Examples;
import dev.latent.store.RunConfig;
import dev.latent.store.DataInfo;
import dev.latent.store.ObjectiveConfig;
import dev.latent.store.TrainedModel;
import dev.latent.store.TrainingRun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.data.DataSources;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Upsampling;
import dev.latent.nn.Tensor;
import dev.latent.objective.Bernoulli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvTrainingTest {
    @TempDir
    Path dir;

    @Test
    void eachUpsamplingModeTrainsOnDigitsAndRoundTripsThroughItsModelDirectory() throws IOException {
        for (Upsampling mode : Upsampling.values()) {
            RunConfig config = new RunConfig(RunConfig.FORMAT_VERSION,
                    ModelConfig.conv(ModelKind.VAE, TrainingFixtures.MNIST, List.of(4, 8), List.of(32), 4, mode),
                    new ObjectiveConfig(new Bernoulli(), 1.0, 0),
                    new TrainConfig(2, 32, 2e-3, 5, 0),
                    new DataInfo(DataSources.DEFAULT, 600, 200, TrainingFixtures.MNIST));
            List<Double> losses = new ArrayList<>();
            TrainingRun run = new TrainingRun(config).into(dir.resolve(mode.id()));
            TrainedModel trained = run.listen(new TrainingListener() {
                @Override
                public void onEpochEnd(EpochResult result) {
                    losses.add(result.metric("test_negative_elbo_nats"));
                }
            }).run(TrainingFixtures.smallSplit(), false);
            assertThat(losses).as(mode.id()).hasSize(2);
            assertThat(losses.get(1)).as(mode.id()).isLessThan(losses.get(0));
            assertThat(losses.get(1)).as(mode.id()).isFinite();

            TrainedModel loaded = TrainedModel.load(dir.resolve(mode.id()));
            assertThat(loaded.config().model().upsample()).isEqualTo(mode);
            Tensor x = Examples.images(TrainingFixtures.smallSplit().test().slice(0, 4));
            assertThat(loaded.model().reconstruct(x).toFloatArray()).as(mode.id()).isEqualTo(trained.model().reconstruct(x).toFloatArray());
        }
    }
}
