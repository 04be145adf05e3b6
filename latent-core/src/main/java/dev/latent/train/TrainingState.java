package dev.latent.train;

/**
 * Where training stands: enough to resume exactly.
 *
 * @param epoch the epoch in progress, 1-based (epochs + 1 when finished)
 * @param batch the next batch of that epoch, 0-based
 * @param step optimizer steps completed over the whole run
 * @param partial the sums of the epoch in progress so far
 */
public record TrainingState(int epoch, int batch, long step, EpochSums partial) {
    public static TrainingState start() {
        return new TrainingState(1, 0, 0, EpochSums.EMPTY);
    }
}
