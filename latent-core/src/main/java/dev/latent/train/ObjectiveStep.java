package dev.latent.train;

import dev.latent.data.Batch;
import dev.latent.model.LatentModel;
import dev.latent.nn.Adam;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.Loss;
import dev.latent.objective.Objective;
import dev.latent.objective.Terms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One network, one objective, one Adam: the step of every autoencoder and VAE. Zero the
 * gradients, compute the objective's loss, backward, update. Checkpoints hold the model's weights
 * as {@code model.<name>} and Adam's moments as {@code adam.m.<name>} and {@code adam.v.<name>}.
 */
public final class ObjectiveStep implements TrainingStep {
    static final String ADAM_STEPS = "adam_steps";

    private final LatentModel model;
    private final Map<String, Tensor> parameters;
    private final Objective objective;
    private final Adam optimizer;

    public ObjectiveStep(LatentModel model, Objective objective, double learningRate) {
        this.model = model;
        this.parameters = model.parameters();
        this.objective = objective;
        this.optimizer = new Adam(parameters, learningRate);
    }

    @Override
    public Terms run(Batch batch, long step, RandomSource noise, StepGuard guard) {
        optimizer.zeroGrad();
        Loss loss = objective.loss(model, batch, step, noise);
        Terms terms = loss.perExample();
        guard.afterLoss(step, terms);
        loss.value().backward();
        guard.afterBackward(step, parameters);
        optimizer.step();
        return terms;
    }

    @Override
    public Map<String, Tensor> state() {
        Map<String, Tensor> state = new LinkedHashMap<>();
        parameters.forEach((name, tensor) -> state.put("model." + name, tensor));
        state.putAll(optimizer.state());
        return state;
    }

    @Override
    public Map<String, Long> counters() {
        return Map.of(ADAM_STEPS, optimizer.steps());
    }

    @Override
    public void restoreCounters(Map<String, Long> counters) {
        Long steps = counters.get(ADAM_STEPS);
        if (steps == null) {
            throw new IllegalArgumentException("a checkpoint of this step holds " + ADAM_STEPS);
        }
        optimizer.restoreSteps(steps);
    }
}
