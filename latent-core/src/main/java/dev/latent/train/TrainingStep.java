package dev.latent.train;

import dev.latent.data.Batch;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.Terms;
import java.util.Map;

/**
 * What one optimisation step does to a batch: its forward passes, its loss(es), backward and
 * optimizer update(s). An AE or VAE is one network, one objective and one Adam
 * ({@link ObjectiveStep}); a GAN is two networks and two optimizers in one step; the
 * {@link Trainer} runs either the same way.
 */
public interface TrainingStep {
    /**
     * Runs step {@code step} (0 for the first) on {@code batch}. The step calls
     * {@code guard.afterLoss} once its terms are known and {@code guard.afterBackward} after each
     * backward pass, before the update (the guard stops a step whose numbers are not finite).
     *
     * @return the step's terms per example (what the progress bar and the epoch sums show)
     */
    Terms run(Batch batch, long step, RandomSource noise, StepGuard guard);

    /** Every tensor a checkpoint must hold to resume exactly (weights, optimizer moments), by name. */
    Map<String, Tensor> state();

    /** The counters that go with {@link #state} (optimizer step counts), by name. */
    Map<String, Long> counters();

    /** Restores {@link #counters} read back from a checkpoint. */
    void restoreCounters(Map<String, Long> counters);

    /**
     * Whether the losses this step differentiates sum over the batch's examples (true: every AE and
     * VAE objective) rather than average them (a GAN's): how a data-parallel run combines the
     * gradients of the batch's pieces ({@link DataParallelStep}).
     */
    default boolean lossSumsOverExamples() {
        return true;
    }
}
