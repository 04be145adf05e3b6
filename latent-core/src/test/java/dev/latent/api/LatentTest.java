package dev.latent.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.latent.InvalidInputException;
import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.eval.Inference;
import dev.latent.data.Examples;
import dev.latent.model.ModelKind;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: one recipe, the same run as the layers below it, and errors in the API's words. */
class LatentTest {
    static Split data;

    @TempDir
    Path dir;

    @BeforeAll
    static void smallData() {
        Split all = DataSources.load(DataSources.DEFAULT);
        data = new Split(all.train().slice(0, 600), all.test().slice(0, 200), DataSources.DEFAULT);
    }

    private static Latent.Builder recipe() {
        return Latent.vae(data.shape()).hidden(32).latentDim(3).epochs(2).batchSize(64).seed(5);
    }

    @Test
    void theFacadeTrainsExactlyWhatTheConfigItRecordsTrains() {
        List<Double> epochs = new ArrayList<>();
        Model vae = recipe().onEpoch(e -> epochs.add(e.metric("test_negative_elbo_nats"))).fit(data);
        RunConfig config = recipe().config(data);
        assertThat(vae.config()).isEqualTo(config);
        assertThat(config.model().kind()).isEqualTo(ModelKind.VAE);
        assertThat(config.training().learningRate()).isEqualTo(1e-3);

        var reference = new TrainingRun(config).run(data, false); // the layer below, by hand
        Evaluation byFacade = vae.evaluate(data.test());
        Evaluation byHand = Evaluator.evaluate(reference.model(), config.objective().likelihood(), Examples.images(data.test()));
        assertThat(byFacade).isEqualTo(byHand);
        assertThat(epochs).hasSize(2).last().isEqualTo(byFacade.negativeElboNats());
    }

    @Test
    void savedModelsLoadWithTheSameCodesAndImages() {
        Model vae = recipe().epochs(1).fit(data);
        vae.save(dir.resolve("vae"));
        Model loaded = Latent.load(dir.resolve("vae"));
        float[][] codes = vae.encode(data.test());
        assertThat(codes).hasNumberOfRows(200);
        assertThat(codes[0]).hasSize(3);
        assertThat(loaded.encode(data.test())).isDeepEqualTo(codes);
        assertThat(loaded.sample(4, 9)).isDeepEqualTo(vae.sample(4, 9));
        float[] expected = Inference.encodeMeans(vae.trained().model(), Examples.images(data.test().slice(0, 1))).toFloatArray();
        float[][] fromRows = vae.encode(new float[][] {toFloats(data.test().slice(0, 1))});
        for (int j = 0; j < 3; j++) {
            assertThat(fromRows[0][j]).isCloseTo(expected[j], within(1e-6f));
        }
        float[][] decoded = vae.decode(codes);
        assertThat(decoded[0]).hasSize(784);
        for (float value : decoded[0]) {
            assertThat(value).isBetween(0f, 1f);
        }
    }

    @Test
    void badSettingsAreRefusedInTheApisWords() {
        assertThatThrownBy(() -> recipe().learningRate(-1).fit(data))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("learning rate")
                .satisfies(e -> assertThat(((InvalidInputException) e).parameter()).isEqualTo("learningRate"))
                .hasMessageNotContaining("--");
        assertThatThrownBy(() -> recipe().latentDim(0).fit(data))
                .satisfies(e -> assertThat(((InvalidInputException) e).parameter()).isEqualTo("latentDim"));
        Model ae = Latent.ae(data.shape()).hidden(16).latentDim(2).epochs(1).fit(data);
        assertThatThrownBy(() -> ae.sample(3, 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("no prior");
        assertThat(ae.sample(3, 1, data.train())).hasNumberOfRows(3);
        assertThatThrownBy(() -> ae.encode(new float[][] {new float[5]})).isInstanceOf(InvalidInputException.class).hasMessageContaining("row 0");
    }

    private static float[] toFloats(dev.latent.data.Dataset one) {
        return Examples.images(one).toFloatArray();
    }
}
