package dev.latent.train;

import dev.latent.InvalidInputException;

/**
 * How a model is trained; saved in config.json.
 *
 * @param epochs passes over the training split
 * @param batchSize images per optimizer step
 * @param learningRate Adam's step size
 * @param seed the one seed of the run: weights, shuffling and noise derive from it
 * @param checkpointEvery also checkpoint every this many steps (0: only at epoch ends)
 * @param earlyStopPatience stop after this many epochs without a better test negative ELBO and keep
 *     the best epoch's weights (0: train every epoch)
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, long seed, long checkpointEvery, int earlyStopPatience) {
    public TrainConfig {
        if (epochs < 1 || epochs > 1_000_000) {
            throw InvalidInputException.of("epochs", "epochs must be between 1 and 1000000, got " + epochs);
        }
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw InvalidInputException.of("batchSize", "batch size must be between 1 and 1000000, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw InvalidInputException.of("learningRate", "learning rate must be positive and finite, got " + learningRate);
        }
        if (checkpointEvery < 0) {
            throw InvalidInputException.of("checkpointEvery", "checkpoint interval must be >= 0 steps, got " + checkpointEvery);
        }
        if (earlyStopPatience < 0 || earlyStopPatience > 1_000_000) {
            throw InvalidInputException.of("earlyStopPatience", "early-stopping patience must be between 0 (off) and 1000000 epochs, got "
                    + earlyStopPatience);
        }
    }

    /** Every epoch trained (no early stopping). */
    public TrainConfig(int epochs, int batchSize, double learningRate, long seed, long checkpointEvery) {
        this(epochs, batchSize, learningRate, seed, checkpointEvery, 0);
    }

    /** 10 epochs, batch 128, learning rate 1e-3, seed 1, checkpoints at epoch ends only: the PyTorch recipe's. */
    public static TrainConfig defaults() {
        return new TrainConfig(10, 128, 1e-3, 1, 0);
    }

    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(newEpochs, batchSize, learningRate, seed, checkpointEvery, earlyStopPatience);
    }

    public TrainConfig withBatchSize(int newBatchSize) {
        return new TrainConfig(epochs, newBatchSize, learningRate, seed, checkpointEvery, earlyStopPatience);
    }

    public TrainConfig withLearningRate(double newLearningRate) {
        return new TrainConfig(epochs, batchSize, newLearningRate, seed, checkpointEvery, earlyStopPatience);
    }

    public TrainConfig withSeed(long newSeed) {
        return new TrainConfig(epochs, batchSize, learningRate, newSeed, checkpointEvery, earlyStopPatience);
    }

    public TrainConfig withEarlyStopPatience(int epochsWithoutImprovement) {
        return new TrainConfig(epochs, batchSize, learningRate, seed, checkpointEvery, epochsWithoutImprovement);
    }

    public TrainConfig withCheckpointEvery(long steps) {
        return new TrainConfig(epochs, batchSize, learningRate, seed, steps, earlyStopPatience);
    }
}
