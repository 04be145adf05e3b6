package dev.latent.train;

import dev.latent.nn.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Early stopping on a measured number (the test split's negative ELBO): after {@code patience}
 * epochs without a lower value, training ends, and the weights of the best epoch are put back, so
 * that the saved model is the best one. The best weights are a copy in memory (one float per
 * parameter); a resumed run starts its count afresh from the epoch it resumes at.
 */
public final class EarlyStopping implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(EarlyStopping.class);

    private final int patience;
    private final String metric;
    private final Map<String, Tensor> parameters;
    private final Map<String, float[]> best = new LinkedHashMap<>();
    private double bestValue = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int lastEpoch;
    private boolean done;

    /**
     * @param patience epochs without improvement before stopping, >= 1
     * @param metric the metrics.jsonl key to minimise, e.g. {@code test_negative_elbo_nats}
     * @param parameters the model's parameters, whose best values are kept
     */
    public EarlyStopping(int patience, String metric, Map<String, Tensor> parameters) {
        if (patience < 1) {
            throw new IllegalArgumentException("early stopping needs a patience of at least 1 epoch, got " + patience);
        }
        this.patience = patience;
        this.metric = metric;
        this.parameters = parameters;
    }

    @Override
    public void onEpochEnd(EpochResult result) {
        double value = result.metric(metric);
        lastEpoch = result.epoch();
        if (value < bestValue) {
            bestValue = value;
            bestEpoch = result.epoch();
            parameters.forEach((name, tensor) -> best.put(name, tensor.toFloatArray()));
        } else if (result.epoch() - bestEpoch >= patience) {
            done = true;
        }
    }

    @Override
    public boolean trainingDone() {
        return done;
    }

    /** Puts the best epoch's weights back (when a later epoch was worse). */
    @Override
    public void onTrainingEnd(TrainingState state) {
        if (bestEpoch == 0 || bestEpoch == lastEpoch) {
            return;
        }
        best.forEach((name, values) -> parameters.get(name).load(values));
        LOG.info("early stopping: {} after epoch {}; the model is epoch {}'s ({} {})", done ? "stopped" : "finished", lastEpoch, bestEpoch,
                metric, String.format(java.util.Locale.ROOT, "%.3f", bestValue));
    }

    /** The epoch whose weights the model holds at the end (0 before any epoch). */
    public int bestEpoch() {
        return bestEpoch;
    }
}
