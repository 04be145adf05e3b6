package dev.latent.eval;

import dev.latent.model.LatentModel;
import dev.latent.nn.Tensor;
import dev.latent.objective.Likelihood;
import dev.latent.objective.Terms;
import dev.latent.train.TrainingListener;
import dev.latent.train.TrainingState;
import java.util.Map;

/** Evaluates the test split after every epoch: the {@code test} group of each epoch's numbers. */
public final class TestEvaluation implements TrainingListener {
    /** The group name of the numbers, the prefix of their keys in metrics.jsonl. */
    public static final String GROUP = "test";

    private final LatentModel model;
    private final Likelihood likelihood;
    private final Tensor test;
    private final Tensor labels;

    /** @param test the test images (N, C, H, W) in [0, 1] */
    public TestEvaluation(LatentModel model, Likelihood likelihood, Tensor test) {
        this(model, likelihood, test, null);
    }

    /** @param labels the test labels (N), which a conditional model reads (null for others) */
    public TestEvaluation(LatentModel model, Likelihood likelihood, Tensor test, Tensor labels) {
        this.model = model;
        this.likelihood = likelihood;
        this.test = test;
        this.labels = labels;
    }

    @Override
    public Map<String, Terms> measureEpoch(TrainingState finished) {
        return Map.of(GROUP, Evaluator.evaluate(model, likelihood, test, labels, null).terms());
    }
}
