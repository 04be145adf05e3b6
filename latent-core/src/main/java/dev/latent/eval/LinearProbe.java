package dev.latent.eval;

import dev.latent.nn.Initializer;
import dev.latent.nn.Linear;
import dev.latent.nn.Rows;
import dev.latent.nn.TensorScope;
import dev.latent.nn.Tensor;
import dev.latent.nn.Adam;

/**
 * A linear (multinomial logistic) classifier on standardized codes: how linearly readable the
 * labels are from the latent space. Trained full-batch with Adam (lr 0.05, 300 steps) on the
 * training codes; scored on the test codes. Deterministic.
 */
public final class LinearProbe {
    static final int STEPS = 300;

    private LinearProbe() {}

    /** Test accuracy of a probe trained on (trainCodes, trainLabels). */
    public static double accuracy(double[] trainCodes, int[] trainLabels, double[] testCodes, int[] testLabels, int d) {
        int classes = Classes.count(trainLabels, testLabels);
        double[] mean = Moments.mean(trainCodes, trainLabels.length, d);
        double[] deviation = Moments.variances(trainCodes, trainLabels.length, d);
        for (int j = 0; j < d; j++) {
            deviation[j] = Math.sqrt(deviation[j]) + 1e-8;
        }
        Tensor x = standardized(trainCodes, trainLabels.length, d, mean, deviation);
        Tensor target = Classes.oneHot(trainLabels, classes);
        Linear linear = new Linear(d, classes, new Initializer(0));
        Adam adam = new Adam(linear.parameters(), 0.05);
        for (int step = 0; step < STEPS; step++) {
            try (TensorScope scope = TensorScope.open()) {
                adam.zeroGrad();
                Tensor logProbabilities = Rows.logSoftmax(linear.forward(x));
                logProbabilities.mul(target).sum().mul(-1.0 / trainLabels.length).backward();
                adam.step();
            }
        }
        long[] predicted = Rows.argmax(linear.forward(standardized(testCodes, testLabels.length, d, mean, deviation))).toLongArray();
        int correct = 0;
        for (int i = 0; i < testLabels.length; i++) {
            correct += predicted[i] == testLabels[i] ? 1 : 0;
        }
        return (double) correct / testLabels.length;
    }

    private static Tensor standardized(double[] codes, int n, int d, double[] mean, double[] deviation) {
        float[] out = new float[n * d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                out[i * d + j] = (float) ((codes[i * d + j] - mean[j]) / deviation[j]);
            }
        }
        return Tensor.of(out, n, d);
    }
}
