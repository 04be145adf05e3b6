package dev.latent.eval;

import dev.latent.data.Examples;
import dev.latent.data.Split;
import dev.latent.nn.Tensor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How good a model's samples are, for any model that samples (AE, VAE, GAN), in the feature
 * space of latent's own small classifier (not Inception's: these are not comparable with published
 * FID or precision/recall numbers). NaN or null where the data has no labels.
 *
 * @param meanMaxProbability the classifier's mean top probability on the samples (recognisable samples score high)
 * @param classEntropyNats entropy of the histogram of the samples' predicted classes (log C when every class is equally common)
 * @param frechetDistance Frechet distance between the test images' and the samples' features
 * @param prdc precision, recall (k = 3), density, coverage (k = 5) of the samples against the test images
 * @param prdcPerClass the same within each class predicted by the classifier (classes with too few images in either set left out)
 * @param sampleNearestTrainDistance mean pixel-space L2 distance from a sample to its nearest training image
 * @param testNearestTrainDistance the same for real test images (the yardstick for novelty)
 * @param samples how many samples (and at most how many test images) the numbers use
 * @param askedLabelShare a conditional model's samples: the share the classifier assigns to the label asked of them (NaN otherwise)
 */
public record SampleReport(double meanMaxProbability, double classEntropyNats, double frechetDistance, PrdcScores prdc,
        SortedMap<Integer, PrdcScores> prdcPerClass, double sampleNearestTrainDistance, double testNearestTrainDistance, int samples,
        double askedLabelShare) {

    /**
     * Judges {@code generated} (n, C, H, W) in [0, 1] against the first n test images of {@code data};
     * {@code dir} caches the classifier.
     */
    public static SampleReport of(Tensor generated, Split data, Path dir) throws IOException {
        return of(generated, data, dir, null);
    }

    /** As above, for samples of a conditional model that were asked for the labels {@code asked} (null: unconditional samples). */
    public static SampleReport of(Tensor generated, Split data, Path dir, int[] asked) throws IOException {
        int n = Math.toIntExact(generated.size(0));
        Tensor train = Examples.images(data.train()).flattenRows();
        Tensor testSubset = Examples.images(data.test().slice(0, Math.min(n, data.test().size())));
        double sampleNovelty = LatentMetrics.mean(LatentMetrics.nearestDistances(generated.flattenRows(), train));
        double testNovelty = LatentMetrics.mean(LatentMetrics.nearestDistances(testSubset.flattenRows(), train));
        if (!data.train().hasLabels() || !data.test().hasLabels()) {
            return new SampleReport(Double.NaN, Double.NaN, Double.NaN, null, Collections.emptySortedMap(), sampleNovelty, testNovelty, n, Double.NaN);
        }
        SampleClassifier classifier = SampleClassifier.cachedOrTrained(dir, data.train());
        SampleClassifier.Judgement judged = classifier.judge(generated);
        SampleClassifier.Judgement real = classifier.judge(testSubset);
        int features = SampleClassifier.FEATURES;
        double frechet = FrechetDistance.between(real.features(), real.n(), judged.features(), judged.n(), features);
        PrdcScores prdc = null;
        SortedMap<Integer, PrdcScores> perClass = new TreeMap<>();
        if (Math.min(real.n(), judged.n()) >= Prdc.STANDARD.minimumPointsPerSet()) {
            prdc = Prdc.STANDARD.between(real.features(), real.n(), judged.features(), judged.n(), features);
            perClass = Prdc.STANDARD.perClass(real.features(), real.predictedClasses(), judged.features(), judged.predictedClasses(), features);
        }
        double askedShare = asked == null ? Double.NaN : Conditioning.askedLabelShare(judged.predictedClasses(), asked);
        return new SampleReport(judged.meanMaxProbability(), judged.classHistogramEntropy(), frechet, prdc, perClass, sampleNovelty, testNovelty, n,
                askedShare);
    }
}
