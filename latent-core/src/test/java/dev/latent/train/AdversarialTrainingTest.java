package dev.latent.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.data.Split;
import dev.latent.eval.AdversarialHealth;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.objective.AdversarialLoss;
import dev.latent.store.AdversarialConfig;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainedModel;
import dev.latent.store.TrainingRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GAN trains through the same run, model directory and checkpoints as the autoencoders. */
class AdversarialTrainingTest {
    @TempDir
    Path dir;

    private static RunConfig gan(int epochs, long checkpointEvery) {
        Split split = TrainingFixtures.smallSplit();
        return RunConfig.of(ModelConfig.dense(ModelKind.GAN, TrainingFixtures.MNIST, List.of(32), 4), AdversarialConfig.dcgan(),
                new TrainConfig(epochs, 64, 2e-4, 3, checkpointEvery), "mnist-10k", split);
    }

    @Test
    void resumingAGanEndsWhereAnUninterruptedRunEnds() {
        Split split = TrainingFixtures.smallSplit();
        TrainedModel straight = new TrainingRun(gan(2, 4)).into(dir.resolve("straight")).run(split, false);
        Path resumed = dir.resolve("resumed");
        new TrainingRun(gan(1, 4)).into(resumed).run(split, false);
        TrainedModel continued = new TrainingRun(gan(2, 4)).into(resumed).run(split, true);
        assertThat(TrainerTest.snapshot(continued.model())).usingRecursiveComparison().isEqualTo(TrainerTest.snapshot(straight.model()));
        TrainedModel loaded = TrainedModel.load(resumed);
        assertThat(TrainerTest.snapshot(loaded.model())).usingRecursiveComparison().isEqualTo(TrainerTest.snapshot(straight.model()));
    }

    @Test
    void eachEpochLogsTheGameAndTheGeneratorsHealth() throws Exception {
        List<TrainingListener.EpochResult> epochs = new ArrayList<>();
        new TrainingRun(gan(2, 0)).into(dir.resolve("gan")).listen(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                epochs.add(result);
            }
        }).run(TrainingFixtures.smallSplit(), false);
        assertThat(epochs).hasSize(2);
        var metrics = epochs.get(1).metrics();
        assertThat(metrics).containsKeys("train_" + AdversarialLoss.DISCRIMINATOR, "train_" + AdversarialLoss.GENERATOR,
                "train_" + AdversarialLoss.D_REAL, "train_" + AdversarialLoss.D_FAKE,
                AdversarialHealth.GROUP + "_" + AdversarialHealth.DISTANCE_RATIO, AdversarialHealth.GROUP + "_" + AdversarialHealth.CLASS_ENTROPY);
        assertThat(metrics.get("train_" + AdversarialLoss.D_REAL)).isBetween(0.0, 1.0);
        List<String> lines = Files.readAllLines(dir.resolve("gan").resolve(TrainedModel.METRICS));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("\"train_g_loss_nats\"", "\"health_sample_distance_ratio\"");
    }
}
