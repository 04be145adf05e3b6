package dev.latent.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import dev.latent.io.Json;
import dev.latent.objective.Capacity;
import dev.latent.objective.Corruption;
import dev.latent.objective.Gaussian;
import dev.latent.objective.Sparsity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config.json of format 1 reads as format 2 with the variants off; format 2 keeps every variant and stays strict. */
class ConfigUpgradeTest {
    private static final String VERSION_1 = """
            {
              "format_version" : 1,
              "model" : { "kind" : "vae", "architecture" : "mlp", "input" : { "channels" : 1, "height" : 28, "width" : 28 },
                          "hidden" : [ 64 ], "latent_dim" : 4, "channels" : [ ], "upsample" : null },
              "objective" : { "likelihood" : { "type" : "gaussian", "variance" : 0.1 }, "beta" : 2.0, "beta_warmup_steps" : 5 },
              "training" : { "epochs" : 3, "batch_size" : 64, "learning_rate" : 0.001, "seed" : 7, "checkpoint_every" : 0 },
              "data" : { "source" : "mnist-10k", "train_images" : 600, "test_images" : 200, "shape" : { "channels" : 1, "height" : 28, "width" : 28 } }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aVersionOneConfigReadsAsTheSameRunWithTheVariantsOff() throws IOException {
        Files.writeString(dir.resolve(TrainedModel.CONFIG), VERSION_1);
        RunConfig config = TrainedModel.readConfig(dir);
        assertThat(config.formatVersion()).isEqualTo(RunConfig.FORMAT_VERSION);
        ElboConfig objective = (ElboConfig) config.objective();
        assertThat(objective.likelihood()).isEqualTo(new Gaussian(0.1, Gaussian.Variance.FIXED));
        assertThat(objective.beta()).isEqualTo(2.0);
        assertThat(objective.betaWarmupSteps()).isEqualTo(5);
        assertThat(objective.capacity()).isNull();
        assertThat(objective.corruption()).isNull();
        assertThat(objective.sparsity()).isNull();
        assertThat(objective.importanceSamples()).isEqualTo(1);
        assertThat(config.training().earlyStopPatience()).isZero();
        assertThat(config.training().seed()).isEqualTo(7);
    }

    @Test
    void aVersionTwoConfigKeepsEveryVariantAndAMissingFieldIsAnError() throws IOException {
        RunConfig base = readVersionOne();
        ElboConfig variants = new ElboConfig(new Gaussian(0.1, Gaussian.Variance.LEARNED_SHARED), 1, 0, Capacity.parse("25:1000"),
                Corruption.parse("salt-pepper:0.1"), Sparsity.parse("kl:0.05:1.0"), 1);
        RunConfig written = base.withObjective(variants).withTraining(base.training().withEarlyStopPatience(3));
        Path file = dir.resolve(TrainedModel.CONFIG);
        Json.write(file, written);
        assertThat(TrainedModel.readConfig(dir)).isEqualTo(written);

        Files.writeString(file, Files.readString(file).replace("\"sparsity\"", "\"sparsity_typo\""));
        assertThatThrownBy(() -> TrainedModel.readConfig(dir)).isInstanceOf(InvalidInputException.class).hasMessageContaining("sparsity");
    }

    @Test
    void theIwaeBoundAndCapacityNeedAVae() throws IOException {
        RunConfig base = readVersionOne();
        ElboConfig iwae = new ElboConfig(new Gaussian(0.1), 1, 0, null, null, null, 5);
        assertThat(base.withObjective(iwae).objective()).isEqualTo(iwae);
        var ae = new dev.latent.model.ModelConfig(dev.latent.model.ModelKind.AE, base.model().architecture(), base.model().input(),
                base.model().hidden(), base.model().latentDim(), base.model().channels(), base.model().upsample());
        assertThatThrownBy(() -> base.withObjective(iwae).withModel(ae)).isInstanceOf(InvalidInputException.class).hasMessageContaining("posterior");
    }

    private RunConfig readVersionOne() throws IOException {
        Files.writeString(dir.resolve(TrainedModel.CONFIG), VERSION_1);
        RunConfig config = TrainedModel.readConfig(dir);
        Files.delete(dir.resolve(TrainedModel.CONFIG));
        return config;
    }
}
