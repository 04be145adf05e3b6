package dev.latent.cli;

import dev.latent.train.TrainConfig;
import picocli.CommandLine.Option;

/** The options that say how to train. */
final class TrainOptions {
    @Option(names = "--epochs", description = "Passes over the training split. Default: 10 (100 for tables; 3 for bench, whose first epoch is warm-up).")
    Integer epochs;

    @Option(names = "--batch-size", defaultValue = "128", description = "Images per step. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--lr", description = "Adam learning rate. Default: 1e-3 (2e-4 for a GAN, the DCGAN recipe's).")
    Double learningRate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for weights, shuffling and noise. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--checkpoint-every", defaultValue = "0", paramLabel = "STEPS",
            description = "Also checkpoint every this many steps (epoch ends always). Default: ${DEFAULT-VALUE} (epoch ends only).")
    long checkpointEvery;

    @Option(names = "--early-stop", defaultValue = "0", paramLabel = "PATIENCE",
            description = "Stop after PATIENCE epochs without a lower test negative ELBO and keep the best epoch's weights as the model. "
                    + "Default: ${DEFAULT-VALUE} (off).")
    int earlyStop;

    TrainConfig trainConfig(int defaultEpochs, double defaultLearningRate) {
        return new TrainConfig(epochs != null ? epochs : defaultEpochs, batchSize, learningRate != null ? learningRate : defaultLearningRate,
                seed, checkpointEvery, earlyStop);
    }
}
