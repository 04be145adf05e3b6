package dev.latent.train;

import dev.latent.store.ElboConfig;

import dev.latent.nn.Weights;
import dev.latent.data.Examples;
import dev.latent.store.RunConfig;
import dev.latent.store.DataInfo;
import dev.latent.store.TrainedModel;
import dev.latent.store.TrainingRun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.model.Architecture;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.nn.Tensor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesIdenticalOutputs() throws IOException {
        for (ModelKind kind : new ModelKind[] {ModelKind.AE, ModelKind.VAE}) { // the autoencoders; a GAN has its own tests
            RunConfig config = TrainingFixtures.config(kind, 1, 0);
            TrainedModel trained = new TrainingRun(config).into(dir.resolve(kind.id()))
                    .run(TrainingFixtures.smallSplit(), false);
            TrainedModel loaded = TrainedModel.load(dir.resolve(kind.id()));
            assertThat(loaded.config()).isEqualTo(config);
            Tensor x = Examples.images(TrainingFixtures.smallSplit().test().slice(0, 8));
            assertThat(loaded.autoencoder().encodeMean(x).toFloatArray()).isEqualTo(trained.autoencoder().encodeMean(x).toFloatArray());
            Tensor z = trained.autoencoder().encodeMean(x);
            assertThat(loaded.model().decode(z).toFloatArray()).isEqualTo(trained.model().decode(z).toFloatArray());
            assertThat(dir.resolve(kind.id()).resolve(TrainedModel.METRICS)).exists();
            assertThat(Files.readAllLines(dir.resolve(kind.id()).resolve(TrainedModel.METRICS))).hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains("\"epoch\":1", "train_reconstruction_nats", "test_kl_nats", "samples_per_second"));
        }
    }

    @Test
    void weightsThatDisagreeWithTheConfigAreRejected() throws IOException {
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 1, 0);
        new TrainedModel(config, Models.build(config.model(), 1)).save(dir);
        ModelConfig wider = ModelConfig.dense(ModelKind.VAE, TrainingFixtures.MNIST, List.of(65), 4);
        Json.write(dir.resolve(TrainedModel.CONFIG), config, wider);
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("model.safetensors").hasMessageContaining("shape");

        ModelConfig ae = ModelConfig.dense(ModelKind.AE, TrainingFixtures.MNIST, List.of(64), 4);
        Json.write(dir.resolve(TrainedModel.CONFIG), config, ae);
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("names disagree");
    }

    @Test
    void unknownConfigVersionsAndDamagedConfigsAreOneClearLine() throws IOException {
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 1, 0);
        new TrainedModel(config, Models.build(config.model(), 1)).save(dir);
        Path file = dir.resolve(TrainedModel.CONFIG);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"format_version\" : " + RunConfig.FORMAT_VERSION, "\"format_version\" : 99"));
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("version 99").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Files.writeString(file, text.substring(0, text.length() / 2));
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("config.json").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> TrainedModel.load(dir.resolve("missing"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such model directory");
    }

    /** Rewrites config.json with another model section. */
    private static final class Json {
        static void write(Path file, RunConfig config, ModelConfig model) throws IOException {
            dev.latent.io.Json.write(file, new RunConfig(config.formatVersion(), model, config.objective(), config.training(),
                    new DataInfo(config.data().source(), config.data().trainImages(), config.data().testImages(), model.input())));
        }
    }

    @Test
    void resumingFromAMidRunCheckpointEndsWhereAnUninterruptedRunEnds() throws IOException {
        Split split = TrainingFixtures.smallSplit();
        RunConfig twoEpochs = TrainingFixtures.config(ModelKind.VAE, 2, 4);
        TrainedModel straight = new TrainingRun(twoEpochs).into(dir.resolve("straight")).run(split, false);

        // Stop after epoch 1 (its checkpoints include mid-epoch ones every 4 steps), then resume to 2.
        Path resumed = dir.resolve("resumed");
        new TrainingRun(twoEpochs.withTraining(twoEpochs.training().withEpochs(1))).into(resumed).run(split, false);
        TrainedModel continued = new TrainingRun(twoEpochs).into(resumed).run(split, true);

        assertThat(TrainerTest.snapshot(continued.autoencoder())).usingRecursiveComparison().isEqualTo(TrainerTest.snapshot(straight.autoencoder()));
        assertThat(Files.readAllLines(resumed.resolve(TrainedModel.METRICS))).hasSize(2);
        assertThat(new Checkpoints(resumed).newestFirst()).hasSizeLessThanOrEqualTo(Checkpoints.KEEP);
    }

    @Test
    void damagedNewerCheckpointsFallBackToTheNewestIntactOne() throws IOException {
        Split split = TrainingFixtures.smallSplit();
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 1, 3);
        Path run = dir.resolve("run");
        new TrainingRun(config).into(run).run(split, false);
        List<Path> checkpoints = new Checkpoints(run).newestFirst();
        assertThat(checkpoints).hasSize(3);
        byte[] bytes = Files.readAllBytes(checkpoints.get(0));
        Files.write(checkpoints.get(0), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        byte[] middle = Files.readAllBytes(checkpoints.get(1));
        middle[middle.length - 5] ^= 0x01; // one flipped bit in the data: the structure still parses
        Files.write(checkpoints.get(1), middle);
        LatentModelHolder holder = new LatentModelHolder(config);
        TrainingState state = new Checkpoints(run).restoreNewest(holder.trainer.step()).orElseThrow();
        String newest = checkpoints.get(2).getFileName().toString();
        assertThat(state.step()).isEqualTo(Long.parseLong(newest.substring(5, 15)));
    }

    @Test
    void weightsWithNaNAreNeverWritten() {
        RunConfig config = TrainingFixtures.config(ModelKind.VAE, 1, 0);
        var model = Models.build(config.model(), 1);
        var first = model.parameters().values().iterator().next();
        float[] nan = new float[(int) first.numel()];
        java.util.Arrays.fill(nan, Float.NaN);
        first.load(nan);
        Path file = dir.resolve("nan.safetensors");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weights.save(file, model.parameters(), java.util.Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NaN");
        assertThat(file).doesNotExist();
    }

    private static final class LatentModelHolder {
        final dev.latent.model.LatentModel model;
        final Trainer trainer;

        LatentModelHolder(RunConfig config) {
            model = Models.build(config.model(), config.training().seed());
            trainer = Trainer.forObjective(model, ((ElboConfig) config.objective()).build(), config.training());
        }
    }
}
