package dev.latent.train;

import dev.latent.store.RunConfig;
import dev.latent.store.DataInfo;
import dev.latent.store.ElboConfig;

import dev.latent.data.DataSources;
import dev.latent.data.Split;
import dev.latent.model.Architecture;
import dev.latent.data.ImageShape;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.objective.Bernoulli;
import java.util.List;

/** Small, fast runs on a slice of the embedded digits. */
final class TrainingFixtures {
    static final ImageShape MNIST = new ImageShape(1, 28, 28);
    private static Split small;

    private TrainingFixtures() {}

    static synchronized Split smallSplit() {
        if (small == null) {
            Split all = DataSources.load(DataSources.DEFAULT);
            small = new Split(all.train().slice(0, 600), all.test().slice(0, 200));
        }
        return small;
    }

    static RunConfig config(ModelKind kind, int epochs, long checkpointEvery) {
        return new RunConfig(RunConfig.FORMAT_VERSION,
                ModelConfig.dense(kind, MNIST, List.of(64), 4),
                new ElboConfig(new Bernoulli(), 1.0, 0),
                new TrainConfig(epochs, 64, 1e-3, 42, checkpointEvery),
                new DataInfo(DataSources.DEFAULT, 600, 200, MNIST));
    }
}
