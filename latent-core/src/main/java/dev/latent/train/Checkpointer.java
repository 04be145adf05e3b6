package dev.latent.train;

import dev.latent.objective.Terms;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Saves a checkpoint at each epoch end and every {@code every} steps (0: epoch ends only). A
 * save that fails stops training at once: a run that cannot save must not go on.
 */
public final class Checkpointer implements TrainingListener {
    private final Checkpoints checkpoints;
    private final TrainingStep step;
    private final long every;

    public Checkpointer(Checkpoints checkpoints, TrainingStep step, long every) {
        this.checkpoints = checkpoints;
        this.step = step;
        this.every = every;
    }

    @Override
    public void onBatchEnd(TrainingState state, Terms terms, long images) {
        if (every > 0 && state.step() % every == 0) {
            save(state);
        }
    }

    @Override
    public void onStop(TrainingState state) {
        save(state);
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        save(result.state());
    }

    private void save(TrainingState state) {
        try {
            checkpoints.save(state, step);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a checkpoint at step " + state.step() + ": " + e.getMessage(), e);
        }
    }
}
