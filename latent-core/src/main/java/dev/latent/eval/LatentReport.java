package dev.latent.eval;

import dev.latent.data.Split;
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
 * otherwise. Fields that do not apply are NaN (or null): the NLL and KL per dimension for an AE,
 * the label-based numbers for unlabelled data.
 *
 * @param evaluation test reconstruction, KL and negative ELBO (one sample of z)
 * @param bitsPerDim negative ELBO / (D ln 2), D = C*H*W
 * @param nllNats importance-weighted bound on -log p(x), K samples (VAE only)
 * @param importanceSamples K
 * @param klPerDim mean KL of each latent dimension (VAE only)
 * @param activeUnits dimensions with Var_x(E_q[z_d]) > 0.01
 * @param probeAccuracy linear probe on train means, scored on test means
 * @param knnAccuracy share of the 5 nearest train codes of each test code sharing its label
 * @param sampleMeanMaxProbability the classifier's mean top probability on decoded prior samples
 * @param sampleClassEntropyNats entropy of the classifier's class histogram on those samples
 * @param sampleFrechetDistance Frechet distance between test images and samples in the classifier's features
 * @param sampleNearestTrainDistance mean pixel-space L2 distance from a sample to its nearest training image
 * @param testNearestTrainDistance the same for real test images (the yardstick for novelty)
 * @param interpolationSmoothness mean squared change per pixel between consecutive frames of interpolations
 * @param priorCoverage share of prior samples within the typical code-to-code distance of a training code
 *     (a sample of q(z|x) per training image for a VAE, the code itself for an AE)
 * @param samples how many prior samples the sample numbers use
 */
public record LatentReport(Evaluation evaluation, double bitsPerDim, double nllNats, int importanceSamples, double[] klPerDim,
        int activeUnits, double probeAccuracy, double knnAccuracy, double sampleMeanMaxProbability, double sampleClassEntropyNats,
        double sampleFrechetDistance, double sampleNearestTrainDistance, double testNearestTrainDistance,
        double interpolationSmoothness, double priorCoverage, int samples) {

    /**
     * Computes the report. {@code dir} caches the sample classifier; {@code importanceSamples} 0
     * skips the NLL.
     */
    public static LatentReport of(LatentModel model, Likelihood likelihood, Split data, Path dir, int importanceSamples, int samples, long seed)
            throws IOException {
        Tensor test = Examples.images(data.test());
        Tensor train = Examples.images(data.train());
        int d = model.config().latentDim();
        Evaluation evaluation = Evaluator.evaluate(model, likelihood, test);
        double bits = evaluation.negativeElboNats() / (model.config().input().size() * Math.log(2));

        double nll = Double.NaN;
        double[] klPerDim = null;
        if (model instanceof VariationalAutoencoder vae) {
            if (importanceSamples > 0) {
                nll = ImportanceSampling.negativeLogLikelihoodNats(vae, likelihood, test, importanceSamples, seed);
            }
            klPerDim = LatentMetrics.klPerDimension(vae, test);
        }
        Tensor trainCodes = Inference.encodeMeans(model, train);
        Tensor testCodes = Inference.encodeMeans(model, test);
        double[] testCodeValues = testCodes.toDoubleArray();
        int activeUnits = LatentMetrics.activeUnits(testCodeValues, data.test().size(), d);

        LatentPrior prior = Priors.of(model, data.train());
        Tensor priorCodes = prior.sample(samples, RandomSource.seeded(seed));
        Tensor generated = Tensor.of(Inference.decodeMeans(model, likelihood, priorCodes), model.config().input().batch(samples));
        // A VAE's training codes are samples of q(z|x) (its aggregate posterior, which should cover the
        // prior); posterior means alone sit at 0 in unused dimensions, where prior samples never do.
        Tensor coverageCodes = model instanceof VariationalAutoencoder vae ? Inference.sampleCodes(vae, train, seed) : trainCodes;
        double coverage = LatentMetrics.priorCoverage(priorCodes, coverageCodes);
        double smoothness = LatentMetrics.interpolationSmoothness(model, likelihood, testCodeValues, data.test().size(), d, 100, 10, seed);
        Tensor testSubset = test.slice(0, Math.min(samples, test.size(0)));
        double sampleNovelty = LatentMetrics.mean(LatentMetrics.nearestDistances(generated.flattenRows(), train.flattenRows()));
        double testNovelty = LatentMetrics.mean(LatentMetrics.nearestDistances(testSubset.flattenRows(), train.flattenRows()));

        double probe = Double.NaN;
        double knn = Double.NaN;
        double maxProbability = Double.NaN;
        double entropy = Double.NaN;
        double frechet = Double.NaN;
        if (data.train().hasLabels() && data.test().hasLabels()) {
            probe = LinearProbe.accuracy(trainCodes.toDoubleArray(), data.train().labels(), testCodeValues, data.test().labels(), d);
            knn = LatentMetrics.knnAccuracy(testCodes, data.test().labels(), trainCodes, data.train().labels(), 5);
            SampleClassifier classifier = SampleClassifier.cachedOrTrained(dir, data.train());
            SampleClassifier.Judgement judged = classifier.judge(generated);
            SampleClassifier.Judgement real = classifier.judge(testSubset);
            maxProbability = judged.meanMaxProbability();
            entropy = judged.classHistogramEntropy();
            frechet = FrechetDistance.between(real.features(), real.n(), judged.features(), judged.n(), SampleClassifier.FEATURES);
        }
        return new LatentReport(evaluation, bits, nll, importanceSamples, klPerDim, activeUnits, probe, knn, maxProbability, entropy,
                frechet, sampleNovelty, testNovelty, smoothness, coverage, samples);
    }
}
