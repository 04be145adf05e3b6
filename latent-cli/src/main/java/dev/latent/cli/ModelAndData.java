package dev.latent.cli;

import dev.latent.data.Split;
import dev.latent.store.TrainedModel;

/**
 * A loaded model and the data to run it on, checked against each other, with the engine set up
 * for the model: what every command that reads a model directory starts with.
 */
record ModelAndData(TrainedModel trained, Split split) {
    static ModelAndData load(ModelDirOption model, DataOption data, EngineOptions engine) {
        engine.apply();
        TrainedModel trained = model.load();
        engine.planFor(trained.config().model());
        Split split = data.loadFor(model.dir, trained.config());
        CommandChecks.sameShape(trained, split);
        return new ModelAndData(trained, split);
    }
}
