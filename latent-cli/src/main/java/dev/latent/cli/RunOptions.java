package dev.latent.cli;

import dev.latent.data.Split;
import dev.latent.store.RunConfig;

/** The run config that train, bench and sweep build from the same three option groups. */
final class RunOptions {
    private RunOptions() {}

    static RunConfig config(ModelOptions model, ObjectiveOptions objective, double beta, TrainOptions training, int defaultEpochs,
            String source, Split split) {
        return RunConfig.of(model.modelConfig(split.shape()), objective.objectiveConfig(beta), training.trainConfig(defaultEpochs), source, split);
    }
}
