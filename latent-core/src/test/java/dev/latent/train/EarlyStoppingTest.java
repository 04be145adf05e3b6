package dev.latent.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latent.data.Examples;
import dev.latent.data.Split;
import dev.latent.model.LatentModel;
import dev.latent.model.ModelKind;
import dev.latent.model.Models;
import dev.latent.nn.Tensor;
import dev.latent.objective.Terms;
import dev.latent.store.ElboConfig;
import dev.latent.store.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Early stopping in the loop, on a scripted test number: where it stops, and which weights it keeps. */
class EarlyStoppingTest {
    /** The test negative ELBO each epoch "measures": best at epoch 4, then three worse epochs. */
    private static final double[] SCRIPT = {5, 4, 4.5, 3, 3.5, 3.6, 3.7, 2, 1, 0.5};

    private static Map<String, float[]> snapshot(LatentModel model) {
        Map<String, float[]> values = new LinkedHashMap<>();
        model.parameters().forEach((name, tensor) -> values.put(name, tensor.toFloatArray()));
        return values;
    }

    private static final class Run {
        final LatentModel model;
        final List<Map<String, float[]>> weightsAfterEpoch = new ArrayList<>();
        final TrainingState end;

        Run(int patience) {
            Split split = TrainingFixtures.smallSplit();
            RunConfig config = TrainingFixtures.config(ModelKind.AE, SCRIPT.length, 0);
            model = Models.build(config.model(), config.training().seed());
            Trainer trainer = Trainer.forObjective(model, ((ElboConfig) config.objective()).build(), config.training());
            trainer.addListener(new TrainingListener() {
                @Override
                public Map<String, Terms> measureEpoch(TrainingState finished) {
                    return Map.of("test", new Terms(Map.of(Terms.NEGATIVE_ELBO, SCRIPT[finished.epoch() - 2])));
                }

                @Override
                public void onEpochEnd(EpochResult result) {
                    weightsAfterEpoch.add(snapshot(model));
                }
            });
            if (patience > 0) {
                Map<String, Tensor> parameters = model.parameters();
                trainer.addListener(new EarlyStopping(patience, "test_" + Terms.NEGATIVE_ELBO, parameters));
            }
            end = trainer.fit(Examples.of(split.train()));
        }
    }

    @Test
    void itStopsAfterPatienceWorseEpochsAndKeepsTheBestEpochsWeights() {
        Run run = new Run(3);
        assertThat(run.weightsAfterEpoch).hasSize(7); // best at 4; 5, 6 and 7 are worse
        assertThat(run.end.epoch()).isEqualTo(8);
        Map<String, float[]> kept = snapshot(run.model);
        Map<String, float[]> best = run.weightsAfterEpoch.get(3);
        for (String name : kept.keySet()) {
            assertThat(kept.get(name)).as(name).containsExactly(best.get(name));
            assertThat(kept.get(name)).as(name).isNotEqualTo(run.weightsAfterEpoch.get(6).get(name));
        }
    }

    @Test
    void aPatienceLongerThanTheSlumpTrainsOnAndEndsWithTheLastAndBestEpoch() {
        Run run = new Run(4);
        assertThat(run.weightsAfterEpoch).hasSize(SCRIPT.length);
        Map<String, float[]> kept = snapshot(run.model);
        for (String name : kept.keySet()) {
            assertThat(kept.get(name)).as(name).containsExactly(run.weightsAfterEpoch.get(SCRIPT.length - 1).get(name));
        }
    }
}
