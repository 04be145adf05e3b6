package dev.latent.eval;

import dev.latent.data.Dataset;
import dev.latent.nn.Activation;
import dev.latent.nn.Flatten;
import dev.latent.nn.Initializer;
import dev.latent.nn.Layer;
import dev.latent.nn.Linear;
import dev.latent.nn.Chunks;
import dev.latent.nn.Rows;
import dev.latent.nn.Sequential;
import dev.latent.nn.Tensor;
import dev.latent.nn.TensorScope;
import dev.latent.nn.Adam;
import dev.latent.data.Examples;
import dev.latent.data.Shuffle;
import dev.latent.nn.Weights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The small classifier that judges generated images: flatten, a 256-unit ReLU layer (the
 * feature space of the Frechet distance), and a linear layer to the classes. Trained for 3 epochs
 * (Adam 1e-3, batch 128, seed 0) on the labelled training split, and cached beside the model as
 * {@code sample-classifier.safetensors} so every report of that model uses the same judge.
 */
public final class SampleClassifier {
    public static final String FILE = "sample-classifier.safetensors";
    static final int FEATURES = 256;
    static final int EPOCHS = 3;
    private static final int BATCH = 128;
    private static final long SHUFFLE_SEED = 0;
    private static final int IMAGES_PER_CHUNK = 1000;

    private final Layer features;
    private final Linear head;
    private final int classes;

    private SampleClassifier(int inputs, int classes) {
        Initializer init = new Initializer(0);
        this.features = new Sequential(List.of(Flatten.INSTANCE, new Linear(inputs, FEATURES, init), Activation.RELU));
        this.head = new Linear(FEATURES, classes, init);
        this.classes = classes;
    }

    /** The cached classifier in {@code dir}, or a new one trained on {@code train} and saved there. */
    public static SampleClassifier cachedOrTrained(Path dir, Dataset train) throws IOException {
        int classes = Classes.count(train.labels());
        SampleClassifier classifier = new SampleClassifier(train.images().pixelsPerImage(), classes);
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            Weights.load(file, classifier.parameters());
            return classifier;
        }
        classifier.train(Examples.images(train), train.labels());
        Weights.save(file, classifier.parameters(), Map.of("format", "latent-sample-classifier"));
        return classifier;
    }

    /** A classifier trained on {@code train} now, kept in memory (for judging samples during training). */
    public static SampleClassifier trained(Dataset train) {
        SampleClassifier classifier = new SampleClassifier(train.images().pixelsPerImage(), Classes.count(train.labels()));
        classifier.train(Examples.images(train), train.labels());
        return classifier;
    }

    private Map<String, Tensor> parameters() {
        Map<String, Tensor> parameters = new java.util.LinkedHashMap<>();
        dev.latent.nn.Parameters.addAll(parameters, "features", features.parameters());
        dev.latent.nn.Parameters.addAll(parameters, "head", head.parameters());
        return parameters;
    }

    private void train(Tensor images, int[] labels) {
        Adam adam = new Adam(parameters(), 1e-3);
        Tensor target = Classes.oneHot(labels, classes);
        int n = labels.length;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            long[] order = Shuffle.permutation(n, SHUFFLE_SEED, epoch);
            for (int from = 0; from < n; from += BATCH) {
                try (TensorScope scope = TensorScope.open()) {
                    Tensor rows = Tensor.indices(Arrays.copyOfRange(order, from, Math.min(n, from + BATCH)));
                    adam.zeroGrad();
                    Tensor logProbabilities = Rows.logSoftmax(head.forward(features.forward(images.rows(rows))));
                    logProbabilities.mul(target.rows(rows)).sum().mul(-1.0 / rows.numel()).backward();
                    adam.step();
                }
            }
        }
    }

    /**
     * Class probabilities (n, classes) and features (n, 256) of images (n, C, H, W) in [0, 1].
     */
    public Judgement judge(Tensor images) {
        int n = Math.toIntExact(images.size(0));
        double[] probabilities = new double[n * classes];
        double[] featureValues = new double[n * FEATURES];
        Chunks.forEach(images, IMAGES_PER_CHUNK, (from, x) -> {
            Tensor f = features.forward(x); // (b, 256)
            double[] p = Rows.softmax(head.forward(f)).toDoubleArray(); // (b, classes)
            double[] fv = f.toDoubleArray();
            System.arraycopy(p, 0, probabilities, Math.toIntExact(from * classes), p.length);
            System.arraycopy(fv, 0, featureValues, Math.toIntExact(from * FEATURES), fv.length);
        });
        return new Judgement(probabilities, featureValues, n, classes);
    }

    /**
     * The classifier's view of a set of images.
     *
     * @param probabilities (n, classes) row-major
     * @param features (n, 256) row-major
     */
    public record Judgement(double[] probabilities, double[] features, int n, int classes) {
        /** Mean over images of the largest class probability: how recognisable each image is. */
        public double meanMaxProbability() {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double max = 0;
                for (int c = 0; c < classes; c++) {
                    max = Math.max(max, probabilities[i * classes + c]);
                }
                sum += max;
            }
            return sum / n;
        }

        /** The predicted class (the most probable, the first on ties) of each image. */
        public int[] predictedClasses() {
            int[] predicted = new int[n];
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (probabilities[i * classes + c] > probabilities[i * classes + best]) {
                        best = c;
                    }
                }
                predicted[i] = best;
            }
            return predicted;
        }

        /** Entropy (nats) of the histogram of predicted classes: log(classes) when every class is equally common. */
        public double classHistogramEntropy() {
            int[] counts = new int[classes];
            for (int best : predictedClasses()) {
                counts[best]++;
            }
            double entropy = 0;
            for (int count : counts) {
                if (count > 0) {
                    double p = (double) count / n;
                    entropy -= p * Math.log(p);
                }
            }
            return entropy;
        }
    }
}
