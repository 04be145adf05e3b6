package dev.latent.cli;

import dev.latent.InvalidInputException;
import dev.latent.data.Split;
import dev.latent.data.table.ColumnTransforms;
import dev.latent.objective.Mixed;
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
        return RunConfig.of(model.modelConfig(split), objective.objectiveConfig(beta, model.kind),
                training.trainConfig(defaultEpochs, learningRate), source, split);
    }

    /** A dense AE or VAE of table rows, trained on the ELBO with the table's mixed likelihood (--likelihood does not apply). */
    static RunConfig tableConfig(ModelOptions model, double beta, ObjectiveOptions objective, TrainOptions training, int defaultEpochs,
            String source, Split split, ColumnTransforms columns) {
        if (model.kind == ModelKind.GAN) {
            throw InvalidInputException.of("model", "a GAN has no encoder and no likelihood, so it cannot score rows; train an ae or a vae on tables");
        }
        if (model.conditional) {
            throw InvalidInputException.of("conditional", "--conditional is for images; a table's label column stays out of its inputs");
        }
        return RunConfig.of(model.tableConfig(split.shape()), objective.tableObjective(new Mixed(columns.layout()), beta),
                training.trainConfig(defaultEpochs, TrainConfig.defaults().learningRate()), source, split);
    }
}
