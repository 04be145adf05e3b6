package dev.latent.bench;

import dev.latent.eval.ImportanceSampling;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Conditioning;
import dev.latent.eval.Evaluator;

import dev.latent.data.Split;
import dev.latent.model.LatentModel;
import dev.latent.model.Generator;
import dev.latent.model.Models;
import dev.latent.nn.NoGrad;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.objective.Likelihood;
import dev.latent.data.Examples;
import dev.latent.store.RunConfig;
import dev.latent.train.Trainer;
import dev.latent.train.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Measures a configuration the way a user would run it: training throughput (images/s, the
 * first epoch excluded as warm-up, data loading excluded), evaluation throughput, encode and
 * decode latency for one image and for a batch, and resident memory per epoch.
 */
public final class Benchmark {
    private static final int LATENCY_RUNS = 300;
    private static final int LATENCY_WARMUP = 30;

    private Benchmark() {}

    /**
     * @param trainSamplesPerSecond training images per second over the epochs after the first
     * @param epochSamplesPerSecond each epoch's training images per second (the first is warm-up)
     * @param evalSamplesPerSecond test images per second through the ELBO evaluation (NaN for a GAN)
     * @param encodeOne latency of encoding one image (null for a GAN, as encodeBatch)
     * @param decodeOne latency of decoding one latent vector to an image
     * @param encodeBatch latency of encoding a batch of {@code batch} images
     * @param decodeBatch latency of decoding a batch of {@code batch} codes
     * @param batch the batch size used for the batch latencies
     * @param peakRssMb peak resident memory of the process, MB
     * @param rssMbPerEpoch resident memory after each epoch, MB
     * @param nllImportanceSamples K of the timed NLL (0: not timed)
     * @param nllNats the NLL bound, nats per test image
     * @param nllSeconds wall time of the NLL over the whole test split
     */
    public record Result(double trainSamplesPerSecond, List<Double> epochSamplesPerSecond, double evalSamplesPerSecond,
            Latency encodeOne, Latency decodeOne, Latency encodeBatch, Latency decodeBatch, int batch,
            double peakRssMb, List<Double> rssMbPerEpoch, int nllImportanceSamples, double nllNats, double nllSeconds) {}

    /** Measures {@code config} on {@code data}; {@code importanceSamples} > 0 also times the NLL bound (VAE). */
    public static Result run(RunConfig config, Split data, int importanceSamples) {
        Generator model = config.newModel();
        Likelihood likelihood = config.objective().likelihood();
        Examples train = Examples.of(data.train());
        Tensor test = Examples.images(data.test());
        Tensor testLabels = Conditioning.labels(model, data.test()); // a conditional model's (null for others)
        List<Double> perEpoch = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        Trainer trainer = new Trainer(config.objective().step(model, config.training()), config.training());
        trainer.addListener(new TrainingListener() {
            @Override
            public void onEpochEnd(EpochResult result) {
                perEpoch.add(result.train().samplesPerSecond());
                System.gc(); // so that RSS shows native memory, not garbage the GC has not yet run for
                rss.add(ProcessMemory.residentMb());
            }
        });
        trainer.fit(train);
        double steady = perEpoch.size() > 1 ? harmonic(perEpoch.subList(1, perEpoch.size())) : perEpoch.get(0);

        LatentModel autoencoder = model instanceof LatentModel a ? a : null; // a GAN has no encoder and no ELBO
        double evalRate = Double.NaN;
        if (autoencoder != null) {
            long started = System.nanoTime();
            Evaluation evaluation = Evaluator.evaluate(autoencoder, likelihood, test, testLabels, null);
            evalRate = evaluation.images() / ((System.nanoTime() - started) / 1e9);
        }

        int batch = config.training().batchSize();
        Tensor one = test.slice(0, 1);
        Tensor many = test.slice(0, Math.min(batch, test.size(0)));
        int d = config.model().latentDim();
        Tensor zOne = RandomSource.seeded(1).standardNormal(1, d);
        Tensor zMany = RandomSource.seeded(2).standardNormal(many.size(0), d);
        Tensor labelOne = testLabels == null ? null : testLabels.slice(0, 1);
        Tensor labelsMany = testLabels == null ? null : testLabels.slice(0, many.size(0));
        Latency encodeOne = autoencoder == null ? null : time(() -> autoencoder.encodeMean(one, labelOne));
        Latency decodeOne = time(() -> likelihood.mean(decode(model, zOne, labelOne)));
        Latency encodeBatch = autoencoder == null ? null : time(() -> autoencoder.encodeMean(many, labelsMany));
        Latency decodeBatch = time(() -> likelihood.mean(decode(model, zMany, labelsMany)));
        double nll = Double.NaN;
        double nllSeconds = 0;
        if (importanceSamples > 0 && model instanceof dev.latent.model.VariationalAutoencoder vae) {
            long nllStarted = System.nanoTime();
            nll = ImportanceSampling.negativeLogLikelihoodNats(vae, likelihood, test, testLabels, importanceSamples, 1);
            nllSeconds = (System.nanoTime() - nllStarted) / 1e9;
        }
        return new Result(steady, perEpoch, evalRate, encodeOne, decodeOne, encodeBatch, decodeBatch,
                (int) many.size(0), ProcessMemory.peakResidentMb(), rss, importanceSamples, nll, nllSeconds);
    }

    private static Tensor decode(Generator model, Tensor z, Tensor labels) {
        return model instanceof LatentModel autoencoder ? autoencoder.decode(z, labels) : model.decode(z);
    }

    /** The mean rate over equal amounts of work: total images over total time. */
    private static double harmonic(List<Double> rates) {
        double inverse = 0;
        for (double rate : rates) {
            inverse += 1 / rate;
        }
        return rates.size() / inverse;
    }

    private static Latency time(Supplier<Tensor> work) {
        long[] nanos = new long[LATENCY_RUNS];
        try (NoGrad noGrad = NoGrad.open()) {
            for (int i = -LATENCY_WARMUP; i < LATENCY_RUNS; i++) {
                try (TensorScope scope = TensorScope.open()) {
                    long started = System.nanoTime();
                    work.get().toFloatArray(); // includes copying the result out, as a server would
                    if (i >= 0) {
                        nanos[i] = System.nanoTime() - started;
                    }
                }
            }
        }
        return Latency.of(nanos);
    }
}
