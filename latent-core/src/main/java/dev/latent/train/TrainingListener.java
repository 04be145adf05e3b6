package dev.latent.train;

import dev.latent.eval.Evaluation;
import dev.latent.objective.LossTerms;

/** Everything around the training loop: progress, logs, checkpoints, guards. */
public interface TrainingListener {
    default void onEpochStart(int epoch, int totalEpochs, int batches, int batchesDone) {}

    /** After the loss of a batch is computed, before backward and the update. */
    default void onLoss(long step, LossTerms.Nats nats) {}

    /** After backward, before the gradient check and the update: gradients can be read (or, in tests, spoiled). */
    default void onGradients(long step, java.util.Map<String, dev.latent.nn.Tensor> parameters) {}

    /** After the optimizer step; {@code state} says where training now stands. */
    default void onBatchEnd(TrainingState state, LossTerms.Nats nats, long images) {}

    /** After the epoch's evaluation; {@code test} is null when there is no test split. */
    default void onEpochEnd(EpochResult result) {}

    default void onTrainingEnd(TrainingState state) {}

    /** Training is stopping on request after this step (the checkpointer saves here). */
    default void onStop(TrainingState state) {}

    /**
     * One finished epoch.
     *
     * @param epoch 1-based
     * @param train per-image averages over the epoch's batches (nats)
     * @param test the test split's evaluation, or null
     * @param state where training stands after the epoch
     * @param seconds wall time of the epoch, evaluation included
     */
    record EpochResult(int epoch, EpochSums train, Evaluation test, TrainingState state, double seconds) {}
}
