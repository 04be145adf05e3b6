package dev.latent.train;

import dev.latent.nn.Adam;
import dev.latent.data.Shuffle;

import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.model.LatentModel;
import dev.latent.model.ModelOutput;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Elbo;
import dev.latent.objective.LossTerms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The training loop: shuffled mini-batches indexed out of one resident tensor, forward, loss,
 * backward, Adam. Everything else (progress, metrics, checkpoints) is a {@link TrainingListener}.
 *
 * <p>Reproducible: the permutation of each epoch and the noise of each step are derived from the
 * seed, the epoch and the step number alone, so a run resumed from a checkpoint sees the same
 * batches and the same noise as an uninterrupted one.
 */
public final class Trainer {
    private final LatentModel model;
    private final Map<String, Tensor> parameters;
    private final Elbo objective;
    private final TrainConfig config;
    private final Adam optimizer;
    private final RandomSource noise;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private StopRequest stop = new StopRequest();

    public Trainer(LatentModel model, Elbo objective, TrainConfig config) {
        this.model = model;
        this.parameters = model.parameters();
        this.objective = objective;
        this.config = config;
        this.optimizer = new Adam(parameters, config.learningRate());
        this.noise = RandomSource.seeded(config.seed());
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

    public Adam optimizer() {
        return optimizer;
    }

    /** Trains from the start; see {@link #fit(Tensor, Tensor, TrainingState)}. */
    public TrainingState fit(Tensor train, Tensor test) {
        return fit(train, test, TrainingState.start());
    }

    /**
     * Trains on {@code train} (N, C, H, W) until the configured epochs are done, starting at
     * {@code from}; evaluates on {@code test} (may be null) after each epoch.
     *
     * @throws TrainingDivergedException at the first step whose loss is not finite
     */
    public TrainingState fit(Tensor train, Tensor test, TrainingState from) {
        TrainingState state = from;
        while (state.epoch() <= config.epochs()) {
            state = runEpoch(train, test, state);
        }
        for (TrainingListener listener : listeners) {
            listener.onTrainingEnd(state);
        }
        return state;
    }

    private TrainingState runEpoch(Tensor train, Tensor test, TrainingState from) {
        int count = Math.toIntExact(train.size(0));
        int batches = (count + config.batchSize() - 1) / config.batchSize();
        long[] order = Shuffle.permutation(count, config.seed(), from.epoch());
        long started = System.nanoTime();
        for (TrainingListener listener : listeners) {
            listener.onEpochStart(from.epoch(), config.epochs(), batches, from.batch());
        }
        TrainingState state = from;
        for (int batch = from.batch(); batch < batches; batch++) {
            long[] rows = Arrays.copyOfRange(order, batch * config.batchSize(), Math.min(count, (batch + 1) * config.batchSize()));
            state = step(train, rows, state);
            if (stop.requested()) {
                for (TrainingListener listener : listeners) {
                    listener.onStop(state);
                }
                throw new TrainingStoppedException(stop, state.step());
            }
        }
        Evaluation evaluation = test == null ? null : Evaluator.evaluate(model, objective.likelihood(), test);
        TrainingState finished = new TrainingState(from.epoch() + 1, 0, state.step(), EpochSums.EMPTY);
        TrainingListener.EpochResult result = new TrainingListener.EpochResult(
                from.epoch(), state.partial(), evaluation, finished, (System.nanoTime() - started) / 1e9);
        for (TrainingListener listener : listeners) {
            listener.onEpochEnd(result);
        }
        return finished;
    }

    private TrainingState step(Tensor train, long[] rows, TrainingState state) {
        long started = System.nanoTime();
        LossTerms.Nats nats;
        try (TensorScope scope = TensorScope.open()) {
            Tensor x = train.rows(Tensor.indices(rows)); // (B, C, H, W)
            noise.reseed(Shuffle.mix(config.seed(), -1 - state.step()));
            optimizer.zeroGrad();
            ModelOutput output = model.forward(x, noise);
            LossTerms terms = objective.terms(output, x, state.step());
            nats = terms.perImage();
            checkFinite(state.step() + 1, nats);
            for (TrainingListener listener : listeners) {
                listener.onLoss(state.step(), nats);
            }
            terms.loss().backward();
            for (TrainingListener listener : listeners) {
                listener.onGradients(state.step(), parameters);
            }
            checkGradients(state.step() + 1);
            optimizer.step();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long images = rows.length;
        EpochSums sums = state.partial().plus(nats.reconstructionNats() * images, nats.klNats() * images, nats.lossNats() * images, images, seconds);
        TrainingState next = new TrainingState(state.epoch(), state.batch() + 1, state.step() + 1, sums);
        for (TrainingListener listener : listeners) {
            listener.onBatchEnd(next, nats, images);
        }
        return next;
    }

    /** One reduction per parameter and one read: a NaN or infinity anywhere makes the total non-finite. */
    private void checkGradients(long step) {
        Tensor total = null;
        for (Tensor parameter : parameters.values()) {
            Tensor gradient = parameter.grad();
            if (gradient != null) {
                total = total == null ? gradient.sum() : total.add(gradient.sum());
            }
        }
        if (total != null && !Double.isFinite(total.item())) {
            throw new TrainingDivergedException(step, "a gradient became " + total.item() + " at step " + step
                    + " (the loss was finite); likely cause: a learning rate too high or extreme input values. The weights were not updated"
                    + " and the last checkpoint was kept.");
        }
    }

    private static void checkFinite(long step, LossTerms.Nats nats) {
        if (Double.isFinite(nats.lossNats())) {
            return;
        }
        String which = !Double.isFinite(nats.klNats()) ? "the KL term" : "the reconstruction term";
        throw new TrainingDivergedException(step, "the loss became " + nats.lossNats() + " at step " + step + " (" + which
                + " is " + (!Double.isFinite(nats.klNats()) ? nats.klNats() : nats.reconstructionNats())
                + "); likely cause: a learning rate too high for this model (try --lr 1e-4) or non-finite input data."
                + " The last checkpoint was kept.");
    }
}
