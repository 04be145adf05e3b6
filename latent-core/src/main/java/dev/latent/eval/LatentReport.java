package dev.latent.eval;

import dev.latent.data.Split;
import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.model.LatentPrior;
import dev.latent.model.VariationalAutoencoder;
import dev.latent.nn.RandomSource;
import dev.latent.nn.Tensor;
import dev.latent.objective.Likelihood;
import dev.latent.data.Examples;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Every number latent reports about a trained model, per image and in nats unless named
 * otherwise. Fields that do not apply are NaN (or null, or -1 for counts): for a GAN, which has no
 * encoder and no likelihood, everything but the samples' numbers and the interpolation smoothness
 * (between prior samples); for an AE the NLL and KL per dimension; for unlabelled data the
 * label-based numbers.
 *
 * @param evaluation test reconstruction, KL and negative ELBO (one sample of z); null for a GAN
 * @param bitsPerDim negative ELBO / (D ln 2), D = C*H*W
 * @param nllNats importance-weighted bound on -log p(x), K samples (VAE only)
 * @param importanceSamples K
 * @param klPerDim mean KL of each latent dimension (VAE only)
 * @param activeUnits dimensions with Var_x(E_q[z_d]) > 0.01 (-1 for a GAN)
 * @param probeAccuracy linear probe on train means, scored on test means
 * @param knnAccuracy share of the 5 nearest train codes of each test code sharing its label
 * @param samples the samples' numbers, for every kind of model
 * @param interpolationSmoothness mean squared change per pixel between consecutive frames of interpolations
 *     (between test codes; for a GAN between prior samples)
 * @param priorCoverage share of prior samples within the typical code-to-code distance of a training code
 *     (a sample of q(z|x) per training image for a VAE, the code itself for an AE; NaN for a GAN)
 */
public record LatentReport(Evaluation evaluation, double bitsPerDim, double nllNats, int importanceSamples, double[] klPerDim,
        int activeUnits, double probeAccuracy, double knnAccuracy, SampleReport samples, double interpolationSmoothness, double priorCoverage) {

    /**
     * Computes the report. {@code dir} caches the sample classifier; {@code importanceSamples} 0
     * skips the NLL; {@code samples} prior samples are judged against as many test images.
     */
    public static LatentReport of(Generator model, Likelihood likelihood, Split data, Path dir, int importanceSamples, int samples, long seed)
            throws IOException {
        LatentPrior prior = Priors.of(model, data.train());
        Tensor priorCodes = prior.sample(samples, RandomSource.seeded(seed));
        int[] asked = Conditioning.asked(model, samples);
        Tensor generated = Tensor.of(Inference.decodeMeans(model, likelihood, priorCodes, Conditioning.tensor(asked)),
                model.config().input().batch(samples));
        SampleReport sampleReport = SampleReport.of(generated, data, dir, asked);
        int d = model.config().latentDim();
        if (!(model instanceof LatentModel autoencoder)) {
            double smoothness = LatentMetrics.interpolationSmoothness(model, likelihood, priorCodes.toDoubleArray(), samples, d, 100, 10, seed);
            return new LatentReport(null, Double.NaN, Double.NaN, importanceSamples, null, -1, Double.NaN, Double.NaN, sampleReport,
                    smoothness, Double.NaN);
        }
        return ofAutoencoder(autoencoder, likelihood, data, importanceSamples, seed, priorCodes, sampleReport);
    }

    private static LatentReport ofAutoencoder(LatentModel model, Likelihood likelihood, Split data, int importanceSamples, long seed,
            Tensor priorCodes, SampleReport sampleReport) {
        Tensor test = Examples.images(data.test());
        Tensor train = Examples.images(data.train());
        int d = model.config().latentDim();
        Tensor testLabels = Conditioning.labels(model, data.test());
        Evaluation evaluation = Evaluator.evaluate(model, likelihood, test, testLabels, null);
        double bits = evaluation.negativeElboNats() / (model.config().input().size() * Math.log(2));

        double nll = Double.NaN;
        double[] klPerDim = null;
        if (model instanceof VariationalAutoencoder vae) {
            if (importanceSamples > 0) {
                nll = ImportanceSampling.negativeLogLikelihoodNats(vae, likelihood, test, testLabels, importanceSamples, seed);
            }
            klPerDim = LatentMetrics.klPerDimension(vae, test, testLabels);
        }
        Tensor trainCodes = Inference.encodeMeans(model, train, Conditioning.labels(model, data.train()));
        Tensor testCodes = Inference.encodeMeans(model, test, testLabels);
        double[] testCodeValues = testCodes.toDoubleArray();
        LatentSpaceNumbers space = LatentSpaceNumbers.of(model, likelihood, data, train, trainCodes, testCodes, priorCodes, seed);
        double probe = Double.NaN;
        double knn = Double.NaN;
        if (data.train().hasLabels() && data.test().hasLabels()) {
            probe = LinearProbe.accuracy(trainCodes.toDoubleArray(), data.train().labels(), testCodeValues, data.test().labels(), d);
            knn = LatentMetrics.knnAccuracy(testCodes, data.test().labels(), trainCodes, data.train().labels(), 5);
        }
        return new LatentReport(evaluation, bits, nll, importanceSamples, klPerDim, space.activeUnits(), probe, knn, sampleReport,
                space.interpolationSmoothness(), space.priorCoverage());
    }
}
