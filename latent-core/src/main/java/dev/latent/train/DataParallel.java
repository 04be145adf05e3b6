package dev.latent.train;

import dev.latent.nn.ProcessGroup;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * One process's part in a data-parallel run: its {@link Shard} of every batch, its training step
 * made {@link DataParallelStep data-parallel}, and the start every process agrees on (rank 0's).
 */
public final class DataParallel {
    private final ProcessGroup group;

    public DataParallel(ProcessGroup group) {
        this.group = group;
    }

    /** Whether this process writes the run's files and reports its progress (rank 0). */
    public boolean leader() {
        return group.rank() == 0;
    }

    public DataParallelStep wrap(TrainingStep step) {
        return new DataParallelStep(step, group);
    }

    /**
     * Gives every process rank 0's weights, optimizer state, counters and position, so that a run
     * resumed from rank 0's checkpoint (the only one written) continues on every process alike; the
     * running sums of a half-done epoch stay with rank 0, the only one that reports them.
     */
    public TrainingState agree(TrainingStep step, TrainingState start) {
        group.broadcast(new ArrayList<>(step.state().values()), 0);
        Map<String, Long> counters = new TreeMap<>(step.counters()); // the same order on every process
        long[] values = group.broadcast(counters.values().stream().mapToLong(Long::longValue).toArray(), 0);
        int i = 0;
        for (Map.Entry<String, Long> counter : counters.entrySet()) {
            counter.setValue(values[i++]);
        }
        step.restoreCounters(counters);
        long[] position = group.broadcast(new long[] {start.epoch(), start.batch(), start.step()}, 0);
        EpochSums partial = group.rank() == 0 ? start.partial() : EpochSums.EMPTY;
        return new TrainingState(Math.toIntExact(position[0]), Math.toIntExact(position[1]), position[2], partial);
    }
}
