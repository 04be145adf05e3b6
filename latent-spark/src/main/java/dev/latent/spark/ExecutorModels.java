package dev.latent.spark;

import dev.latent.api.BatchModel;
import dev.latent.nn.ThreadPlan;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.TaskContext;

/**
 * The models of one executor JVM: each model directory (at each version of its weights) is
 * loaded once, by the first task that needs it, and shared by every task after it; a
 * {@link BatchModel} is safe to share between the executor's task threads.
 *
 * <p>libtorch's and OpenBLAS's thread pools are process-wide, so they are set once per JVM from
 * the cores a task is given ({@code spark.task.cpus}, 1 by default): with N task slots on N cores
 * each task computes on its own core, and the pools never oversubscribe them.
 */
final class ExecutorModels {
    private static final ConcurrentMap<String, BatchModel> MODELS = new ConcurrentHashMap<>();
    private static volatile int threadsFor;

    private ExecutorModels() {}

    /** The model at {@code location}, loaded and validated on first use in this JVM. */
    static BatchModel get(ModelLocation location) {
        BatchModel model = MODELS.computeIfAbsent(location.version(), version -> BatchModel.load(location.local(ModelLocation.RUN)));
        setThreads(model);
        return model;
    }

    /** The model with the files only the driver reads (its validation rows), loaded afresh. */
    static BatchModel forDriver(ModelLocation location) {
        return BatchModel.load(location.local(ModelLocation.DRIVER));
    }

    private static void setThreads(BatchModel model) {
        TaskContext task = TaskContext.get();
        int cores = task == null ? 1 : Math.max(1, task.cpus());
        if (threadsFor != cores) {
            synchronized (ExecutorModels.class) {
                if (threadsFor != cores) {
                    ThreadPlan.forCores(cores, model.convolutional()).apply();
                    threadsFor = cores;
                }
            }
        }
    }
}
