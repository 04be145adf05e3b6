package dev.latent.cli;

import dev.latent.data.Split;
import dev.latent.model.ModelKind;
import dev.latent.store.AdversarialConfig;
import dev.latent.store.RunConfig;
import dev.latent.train.TrainConfig;

/** The run config that train, bench and sweep build from the same three option groups. */
final class RunOptions {
    private RunOptions() {}

    static RunConfig config(ModelOptions model, ObjectiveOptions objective, double beta, TrainOptions training, int defaultEpochs,
            String source, Split split) {
        double learningRate = model.kind == ModelKind.GAN ? AdversarialConfig.LEARNING_RATE : TrainConfig.defaults().learningRate();
        return RunConfig.of(model.modelConfig(split.shape()), objective.objectiveConfig(beta, model.kind),
                training.trainConfig(defaultEpochs, learningRate), source, split);
    }
}
