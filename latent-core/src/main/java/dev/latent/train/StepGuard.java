package dev.latent.train;

import dev.latent.nn.Tensor;
import dev.latent.objective.Terms;
import java.util.Map;

/** What a {@link TrainingStep} reports to the loop in the middle of a step. */
public interface StepGuard {
    /** The step's terms per example, before backward; throws if they are not finite. */
    void afterLoss(long step, Terms terms);

    /** After a backward pass, before the update: {@code parameters}' gradients can be read; throws if not finite. */
    void afterBackward(long step, Map<String, Tensor> parameters);
}
