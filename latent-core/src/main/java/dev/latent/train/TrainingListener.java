package dev.latent.train;

import dev.latent.nn.Tensor;
import dev.latent.objective.Terms;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything around the training loop: progress, evaluation, logs, checkpoints, guards. */
public interface TrainingListener {
    /** Before the first step; {@code from} is past the start when training resumes. */
    default void onTrainingStart(TrainingState from) {}

    default void onEpochStart(int epoch, int totalEpochs, int batches, int batchesDone) {}

    /** After the loss of a batch is computed, before backward and the update. */
    default void onLoss(long step, Terms terms) {}

    /** After backward, before the gradient check and the update: gradients can be read (or, in tests, spoiled). */
    default void onGradients(long step, Map<String, Tensor> parameters) {}

    /** After the optimizer step; {@code state} says where training now stands. */
    default void onBatchEnd(TrainingState state, Terms terms, long images) {}

    /**
     * Numbers this listener measures when an epoch's steps are done, by group name (the test
     * split's evaluation is group {@code test}); they reach every listener in
     * {@link EpochResult#measured}.
     */
    default Map<String, Terms> measureEpoch(TrainingState finished) {
        return Map.of();
    }

    /** After the epoch's measurements. */
    default void onEpochEnd(EpochResult result) {}

    /** Asked after each epoch's end: true ends training there, as if its epochs were done (early stopping). */
    default boolean trainingDone() {
        return false;
    }

    default void onTrainingEnd(TrainingState state) {}

    /** Training is stopping on request after this step (the checkpointer saves here). */
    default void onStop(TrainingState state) {}

    /**
     * One finished epoch.
     *
     * @param epoch 1-based
     * @param train the epoch's terms summed over its batches
     * @param measured the listeners' measurements by group ({@code test}: the test split's terms)
     * @param state where training stands after the epoch
     * @param seconds wall time of the epoch, measurements included
     */
    record EpochResult(int epoch, EpochSums train, Map<String, Terms> measured, TrainingState state, double seconds) {
        public EpochResult {
            measured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measured));
        }

        /** The test split's terms, or null when nothing evaluated one. */
        public Terms test() {
            return measured.get("test");
        }

        /**
         * Every number of the epoch under its {@code metrics.jsonl} key: {@code train_<term>} for
         * the training terms, {@code <group>_<term>} for each measurement.
         */
        public Map<String, Double> metrics() {
            Map<String, Double> metrics = new LinkedHashMap<>();
            train.perExample().values().forEach((name, value) -> metrics.put("train_" + name, value));
            measured.forEach((group, terms) -> terms.values().forEach((name, value) -> metrics.put(group + "_" + name, value)));
            return metrics;
        }

        /** One number by its {@code metrics.jsonl} key, e.g. {@code test_negative_elbo_nats}. */
        public double metric(String key) {
            Double value = metrics().get(key);
            if (value == null) {
                throw new IllegalArgumentException("no metric " + key + " in this epoch; there are " + metrics().keySet());
            }
            return value;
        }
    }
}
