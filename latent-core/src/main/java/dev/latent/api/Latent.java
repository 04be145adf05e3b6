package dev.latent.api;

import dev.latent.InvalidInputException;
import dev.latent.store.ObjectiveConfig;

import dev.latent.data.ImageShape;
import dev.latent.data.Split;
import dev.latent.model.ModelConfig;
import dev.latent.model.ModelKind;
import dev.latent.model.Upsampling;
import dev.latent.nn.Device;
import dev.latent.nn.Engine;
import dev.latent.nn.ThreadPlan;
import dev.latent.objective.Bernoulli;
import dev.latent.objective.BetaSchedule;
import dev.latent.objective.Capacity;
import dev.latent.objective.Corruption;
import dev.latent.objective.Sparsity;
import dev.latent.objective.Likelihood;
import dev.latent.store.ElboConfig;
import dev.latent.store.RunConfig;
import dev.latent.store.TrainedModel;
import dev.latent.store.TrainingRun;
import dev.latent.train.TrainConfig;
import dev.latent.train.TrainingListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Java API in one place: describe a model, fit it, and get a {@link Model} that evaluates,
 * encodes, decodes, samples and saves. Defaults are those of {@code latent train}: a dense
 * 784-400-20 network, Bernoulli likelihood, beta 1, Adam 1e-3, batch 128, 10 epochs, seed 1.
 *
 * <pre>{@code
 * Model vae = Latent.vae(data.shape()).hidden(400).latentDim(20).epochs(10).seed(1).fit(data);
 * }</pre>
 *
 * Every exception is unchecked: {@link dev.latent.InvalidInputException} for a bad setting or
 * file (naming the setting), {@link java.io.UncheckedIOException} for a file that cannot be
 * written, {@link dev.latent.train.TrainingDivergedException} for a loss that became NaN.
 */
public final class Latent {
    private Latent() {}

    /** A variational autoencoder for examples of {@code shape}. */
    public static Builder vae(ImageShape shape) {
        return new Builder(ModelKind.VAE, shape);
    }

    /** A plain (deterministic) autoencoder for examples of {@code shape}. */
    public static Builder ae(ImageShape shape) {
        return new Builder(ModelKind.AE, shape);
    }

    /**
     * Where this process's models, data and noise live from now on: {@code "auto"} (a CUDA GPU when
     * the build and machine have one, else the CPU), {@code "cpu"}, {@code "cuda"} or
     * {@code "cuda:N"}; call it before building or loading a model. Weights on disk stay
     * device-independent: a model trained on a GPU loads on a CPU.
     *
     * @return the device chosen, as libtorch names it ({@code cpu}, {@code cuda:0})
     * @throws InvalidInputException for another name or a device this build or machine lacks
     */
    public static String useDevice(String name) {
        Device device;
        try {
            device = Device.resolve(name);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("device", e.getMessage());
        }
        Engine.useDevice(device);
        return device.toString();
    }

    /** A model directory written by {@link Model#save}, {@link Builder#fit(Split, Path)} or {@code latent train}. */
    public static Model load(Path dir) {
        return new Model(TrainedModel.load(dir));
    }

    /** The settings of one model and its training; each method returns this builder. */
    public static final class Builder {
        private final ModelKind kind;
        private final ImageShape shape;
        private List<Integer> hidden;
        private int latentDim = 20;
        private List<Integer> channels = List.of();
        private Upsampling upsample = Upsampling.TRANSPOSED;
        private Likelihood likelihood = new Bernoulli();
        private BetaSchedule beta = BetaSchedule.constant(1.0);
        private TrainConfig training = TrainConfig.defaults();
        private int conditionClasses;
        private Capacity capacity;
        private Corruption corruption;
        private Sparsity sparsity;
        private int importanceSamples = 1;
        private final List<TrainingListener> listeners = new ArrayList<>();

        private Builder(ModelKind kind, ImageShape shape) {
            this.kind = kind;
            this.shape = shape;
        }

        /** Dense hidden widths of the encoder (after the conv blocks for a conv model); the decoder mirrors them. Default 400 (256 for conv). */
        public Builder hidden(int... widths) {
            this.hidden = list(widths);
            return this;
        }

        /** The dimension d of z. Default 20. */
        public Builder latentDim(int dimension) {
            this.latentDim = dimension;
            return this;
        }

        /** A convolutional model: output channels per encoder block, each halving H and W (e.g. 32, 64). */
        public Builder conv(int... blockChannels) {
            this.channels = list(blockChannels);
            return this;
        }

        /** How a conv decoder doubles H and W. Default transposed convolutions. */
        public Builder upsample(Upsampling upsampling) {
            this.upsample = upsampling;
            return this;
        }

        /** p(x|z). Default Bernoulli. */
        public Builder likelihood(Likelihood decoderLikelihood) {
            this.likelihood = decoderLikelihood;
            return this;
        }

        /** A constant KL weight. Default 1 (the ELBO). */
        public Builder beta(double weight) {
            this.beta = BetaSchedule.constant(weight);
            return this;
        }

        /** The KL weight over training, e.g. {@link BetaSchedule#warmup}. */
        public Builder beta(BetaSchedule schedule) {
            this.beta = schedule;
            return this;
        }

        /** A conditional model of {@code classes} labels (Sohn et al. 2015): the one-hot label joins encoder and decoder. */
        public Builder conditional(int classes) {
            this.conditionClasses = classes;
            return this;
        }

        /** A denoiser: the encoder sees {@code inputCorruption} of each image, the likelihood scores the clean one. */
        public Builder corrupt(Corruption inputCorruption) {
            this.corruption = inputCorruption;
            return this;
        }

        /** A sparsity penalty on the code (L1, or KL to a target mean activation). */
        public Builder sparsity(Sparsity penalty) {
            this.sparsity = penalty;
            return this;
        }

        /** A VAE under controlled capacity, gamma |KL - C_t|, in place of beta. */
        public Builder capacity(Capacity schedule) {
            this.capacity = schedule;
            return this;
        }

        /** A VAE trained on the importance-weighted bound with K samples per image (K = 1: the ELBO). */
        public Builder importanceWeighted(int samples) {
            this.importanceSamples = samples;
            return this;
        }

        /** Stop after {@code epochs} epochs without a lower test negative ELBO, keeping the best epoch's weights. */
        public Builder earlyStop(int epochs) {
            this.training = training.withEarlyStopPatience(epochs);
            return this;
        }

        public Builder epochs(int count) {
            this.training = training.withEpochs(count);
            return this;
        }

        public Builder batchSize(int examples) {
            this.training = training.withBatchSize(examples);
            return this;
        }

        /** Adam's step size. Default 1e-3. */
        public Builder learningRate(double rate) {
            this.training = training.withLearningRate(rate);
            return this;
        }

        /** The one seed of the run: weights, shuffling and noise derive from it. Default 1. */
        public Builder seed(long runSeed) {
            this.training = training.withSeed(runSeed);
            return this;
        }

        /** With {@link #fit(Split, Path)}: also checkpoint every this many steps (epoch ends always). */
        public Builder checkpointEvery(long steps) {
            this.training = training.withCheckpointEvery(steps);
            return this;
        }

        /** Called after every epoch with its numbers ({@code e.metric("test_negative_elbo_nats")}). */
        public Builder onEpoch(Consumer<TrainingListener.EpochResult> action) {
            return listener(new TrainingListener() {
                @Override
                public void onEpochEnd(EpochResult result) {
                    action.accept(result);
                }
            });
        }

        /** Any listener of the training loop (progress, custom logging, early stopping). */
        public Builder listener(TrainingListener listener) {
            listeners.add(listener);
            return this;
        }

        /** The config this builder describes for {@code data}, as {@code config.json} will record it. */
        public RunConfig config(Split data) {
            ModelConfig model = channels.isEmpty()
                    ? ModelConfig.dense(kind, shape, hidden == null ? List.of(400) : hidden, latentDim)
                    : ModelConfig.conv(kind, shape, channels, hidden == null ? List.of(256) : hidden, latentDim, upsample);
            ObjectiveConfig objective = new ElboConfig(likelihood, beta.beta(), beta.warmupSteps(), capacity, corruption, sparsity, importanceSamples);
            model = model.withConditionClasses(conditionClasses);
            return RunConfig.of(model, objective, training, data.source() != null ? data.source() : data.train().name(), data);
        }

        /** Trains in memory on {@code data} (its test split evaluated after every epoch). */
        public Model fit(Split data) {
            return new Model(run(data).run(data, false));
        }

        /** Trains into model directory {@code dir} (refused if it holds a model), with checkpoints and metrics.jsonl. */
        public Model fit(Split data, Path dir) {
            TrainingRun.prepareFresh(dir, false);
            return new Model(run(data).into(dir).run(data, false));
        }

        private TrainingRun run(Split data) {
            RunConfig config = config(data);
            if (Engine.threadsFromEnvironment() == null) {
                ThreadPlan.automatic(!channels.isEmpty()).apply(); // the measured best split; LATENT_THREADS overrides it
            }
            TrainingRun run = new TrainingRun(config);
            listeners.forEach(run::listen);
            return run;
        }

        private static List<Integer> list(int[] values) {
            List<Integer> list = new ArrayList<>();
            for (int value : values) {
                list.add(value);
            }
            return list;
        }
    }
}
