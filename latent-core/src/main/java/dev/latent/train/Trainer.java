package dev.latent.train;

import dev.latent.data.Examples;
import dev.latent.data.Shuffle;
import dev.latent.model.LatentModel;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Objective;
import dev.latent.objective.Terms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training loop: shuffled mini-batches indexed out of resident tensors, each handed to a
 * {@link TrainingStep}. Everything else (evaluation, progress, metrics, checkpoints) is a
 * {@link TrainingListener}.
 *
 * <p>Reproducible: the permutation of each epoch and the noise of each step are derived from the
 * seed, the epoch and the step number alone, so a run resumed from a checkpoint sees the same
 * batches and the same noise as an uninterrupted one. With a {@link DataParallelStep}, each process
 * trains its {@link Shard} of whole batches of (processes x batch size) rows, with the noise a single
 * process gives those rows: N processes of batch B follow the run of one process of batch N x B.
 */
public final class Trainer {
    private final TrainingStep step;
    private final TrainConfig config;
    private final RandomSource noise;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private final StepGuard guard = new Guard();
    private final DataParallelStep parallel; // null for one process
    private final Shard shard;
    private StopRequest stop = new StopRequest();

    public Trainer(TrainingStep step, TrainConfig config) {
        this.step = step;
        this.config = config;
        this.noise = RandomSource.seeded(config.seed());
        this.parallel = step instanceof DataParallelStep dataParallel ? dataParallel : null;
        this.shard = parallel != null ? parallel.shard() : Shard.WHOLE;
    }

    /** A loop for one network trained on one objective with Adam ({@link ObjectiveStep}). */
    public static Trainer forObjective(LatentModel model, Objective objective, TrainConfig config) {
        return new Trainer(new ObjectiveStep(model, objective, config.learningRate()), config);
    }

    public Trainer addListener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Where a request to stop comes from (signals, for the command line). */
    public Trainer stopOn(StopRequest request) {
        this.stop = request;
        return this;
    }

    public TrainingStep step() {
        return step;
    }

    /** Trains from the start; see {@link #fit(Examples, TrainingState)}. */
    public TrainingState fit(Examples train) {
        return fit(train, TrainingState.start());
    }

    /**
     * Trains on {@code train} until the configured epochs are done, starting at {@code from}.
     *
     * @throws TrainingDivergedException at the first step whose loss or gradients are not finite
     * @throws TrainingStoppedException after the step during which a stop was requested
     */
    public TrainingState fit(Examples train, TrainingState from) {
        listeners.forEach(listener -> listener.onTrainingStart(from));
        TrainingState state = from;
        while (state.epoch() <= config.epochs()) {
            state = runEpoch(train, state);
            if (listeners.stream().anyMatch(TrainingListener::trainingDone)) {
                break;
            }
        }
        for (TrainingListener listener : listeners) {
            listener.onTrainingEnd(state);
        }
        return state;
    }

    private TrainingState runEpoch(Examples train, TrainingState from) {
        int count = Math.toIntExact(train.count());
        int wholeBatch = Math.multiplyExact(config.batchSize(), shard.worldSize());
        int batches = (count + wholeBatch - 1) / wholeBatch;
        if (shard.worldSize() > 1 && count % wholeBatch != 0 && count % wholeBatch < shard.worldSize()) {
            batches--; // a last whole batch of fewer rows than processes: some would have none, so no one trains on it
        }
        long[] order = Shuffle.permutation(count, config.seed(), from.epoch());
        long started = System.nanoTime();
        for (TrainingListener listener : listeners) {
            listener.onEpochStart(from.epoch(), config.epochs(), batches, from.batch());
        }
        TrainingState state = from;
        for (int batch = from.batch(); batch < batches; batch++) {
            long[] rows = Arrays.copyOfRange(order, batch * wholeBatch, Math.min(count, (batch + 1) * wholeBatch));
            state = step(train, rows, state);
            if (stop.requested()) {
                for (TrainingListener listener : listeners) {
                    listener.onStop(state);
                }
                throw new TrainingStoppedException(stop, state.step());
            }
        }
        TrainingState finished = new TrainingState(from.epoch() + 1, 0, state.step(), EpochSums.EMPTY);
        Map<String, Terms> measured = new LinkedHashMap<>();
        for (TrainingListener listener : listeners) {
            measured.putAll(listener.measureEpoch(finished));
        }
        TrainingListener.EpochResult result = new TrainingListener.EpochResult(
                from.epoch(), state.partial(), measured, finished, (System.nanoTime() - started) / 1e9);
        for (TrainingListener listener : listeners) {
            listener.onEpochEnd(result);
        }
        return finished;
    }

    private TrainingState step(Examples train, long[] rows, TrainingState state) {
        long started = System.nanoTime();
        Terms terms;
        try (TensorScope scope = TensorScope.open()) {
            noise.reseed(Shuffle.mix(config.seed(), -1 - state.step()));
            long[] mine = rows;
            if (parallel != null) {
                int from = shard.from(rows.length);
                mine = Arrays.copyOfRange(rows, from, shard.to(rows.length));
                noise.shardRows(from, mine.length, rows.length);
                parallel.wholeBatch(rows.length);
            }
            terms = step.run(train.batch(mine), state.step(), noise, guard);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        EpochSums sums = state.partial().plus(terms, rows.length, seconds);
        TrainingState next = new TrainingState(state.epoch(), state.batch() + 1, state.step() + 1, sums);
        for (TrainingListener listener : listeners) {
            listener.onBatchEnd(next, terms, rows.length);
        }
        return next;
    }

    /** Runs the listeners' hooks in the middle of a step and stops a step whose numbers are not finite. */
    private final class Guard implements StepGuard {
        @Override
        public void afterLoss(long stepIndex, Terms terms) {
            String bad = terms.firstNonFinite();
            if (bad != null) {
                throw new TrainingDivergedException(stepIndex + 1, "the loss became non-finite at step " + (stepIndex + 1) + " (" + bad + " is "
                        + terms.get(bad) + "); likely cause: a learning rate too high for this model (try a smaller learningRate, e.g. 1e-4)"
                        + " or non-finite input data. The last checkpoint was kept.");
            }
            for (TrainingListener listener : listeners) {
                listener.onLoss(stepIndex, terms);
            }
        }

        @Override
        public void afterBackward(long stepIndex, Map<String, Tensor> parameters) {
            for (TrainingListener listener : listeners) {
                listener.onGradients(stepIndex, parameters);
            }
            checkGradients(stepIndex + 1, parameters);
        }
    }

    /** One reduction per parameter and one read: a NaN or infinity anywhere makes the total non-finite. */
    private static void checkGradients(long step, Map<String, Tensor> parameters) {
        Tensor total = null;
        for (Tensor parameter : parameters.values()) {
            Tensor gradient = parameter.grad();
            if (gradient != null) {
                total = total == null ? gradient.sum() : total.add(gradient.sum());
            }
        }
        if (total != null && !Double.isFinite(total.item())) {
            throw new TrainingDivergedException(step, "a gradient became " + total.item() + " at step " + step
                    + " (the loss was finite); likely cause: a learningRate too high or extreme input values. The weights were not updated"
                    + " and the last checkpoint was kept.");
        }
    }
}
