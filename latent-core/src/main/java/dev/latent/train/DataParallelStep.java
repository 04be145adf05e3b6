package dev.latent.train;

import dev.latent.data.Batch;
import dev.latent.nn.ProcessGroup;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.Terms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Any {@link TrainingStep}, data-parallel: this process runs it on its piece of the whole batch, and
 * between each backward pass and its update ({@link StepGuard#afterBackward}) the gradients are
 * summed over the processes (one all-reduce per 25 MiB bucket, after backward, not overlapped with
 * it). A loss that sums over its examples (every AE and VAE objective) then has exactly the gradient
 * of the whole batch; a loss that averages (the GAN's) is weighted by each piece's share first. The
 * step's terms are averaged the same way, so every process sees the whole batch's numbers.
 */
public final class DataParallelStep implements TrainingStep {
    private final TrainingStep step;
    private final ProcessGroup group;
    private long wholeRows;

    public DataParallelStep(TrainingStep step, ProcessGroup group) {
        this.step = step;
        this.group = group;
    }

    /** This process's piece of every batch. */
    public Shard shard() {
        return new Shard(group.rank(), group.worldSize());
    }

    /** The number of rows of the whole batch the next {@link #run} is a piece of. */
    void wholeBatch(long rows) {
        this.wholeRows = rows;
    }

    @Override
    public Terms run(Batch batch, long index, RandomSource noise, StepGuard guard) {
        long rows = batch.size();
        if (wholeRows < rows) {
            throw new IllegalStateException("the whole batch (" + wholeRows + " rows) is smaller than this piece (" + rows + ")");
        }
        double share = (double) rows / wholeRows;
        Terms terms = step.run(batch, index, noise, new StepGuard() {
            @Override
            public void afterLoss(long stepIndex, Terms stepTerms) {
                guard.afterLoss(stepIndex, stepTerms);
            }

            @Override
            public void afterBackward(long stepIndex, Map<String, Tensor> parameters) {
                List<Tensor> gradients = new ArrayList<>();
                for (Tensor parameter : parameters.values()) {
                    Tensor gradient = parameter.grad();
                    if (gradient != null) { // null on every process alike: the same model
                        gradients.add(step.lossSumsOverExamples() ? gradient : gradient.mul_(share));
                    }
                }
                group.sum(gradients);
                guard.afterBackward(stepIndex, parameters);
            }
        });
        return averaged(terms, share);
    }

    /** The whole batch's per-example terms: each process's, weighted by its share, summed. */
    private Terms averaged(Terms terms, double share) {
        Map<String, Double> whole = new TreeMap<>(terms.values()); // the same order on every process
        double[] weighted = whole.values().stream().mapToDouble(value -> value * share).toArray();
        Tensor values = Tensor.of(weighted, weighted.length);
        group.sum(List.of(values));
        double[] summed = values.toDoubleArray();
        int i = 0;
        for (Map.Entry<String, Double> term : whole.entrySet()) {
            term.setValue(summed[i++]);
        }
        Map<String, Double> inOrder = new LinkedHashMap<>();
        terms.values().keySet().forEach(name -> inOrder.put(name, whole.get(name)));
        return new Terms(inOrder);
    }

    @Override
    public Map<String, Tensor> state() {
        return step.state();
    }

    @Override
    public Map<String, Long> counters() {
        return step.counters();
    }

    @Override
    public void restoreCounters(Map<String, Long> counters) {
        step.restoreCounters(counters);
    }

    @Override
    public boolean lossSumsOverExamples() {
        return step.lossSumsOverExamples();
    }
}
