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
 */
public record TrainConfig(int epochs, int batchSize, double learningRate, long seed, long checkpointEvery) {
    public TrainConfig {
        if (epochs < 1 || epochs > 1_000_000) {
            throw new InvalidInputException("epochs must be between 1 and 1000000, got " + epochs);
        }
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw new InvalidInputException("batch size must be between 1 and 1000000, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new InvalidInputException("learning rate must be positive and finite, got " + learningRate);
        }
        if (checkpointEvery < 0) {
            throw new InvalidInputException("checkpoint interval must be >= 0 steps, got " + checkpointEvery);
        }
    }

    public TrainConfig withEpochs(int newEpochs) {
        return new TrainConfig(newEpochs, batchSize, learningRate, seed, checkpointEvery);
    }
}
