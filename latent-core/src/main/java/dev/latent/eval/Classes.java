package dev.latent.eval;

import dev.latent.nn.Tensor;

/** Class labels as tensors. */
final class Classes {
    private Classes() {}

    /** One more than the largest label in either array. */
    static int count(int[]... labelSets) {
        int max = 0;
        for (int[] labels : labelSets) {
            for (int label : labels) {
                max = Math.max(max, label);
            }
        }
        return max + 1;
    }

    /** (n, classes) float32 with a 1 at each label. */
    static Tensor oneHot(int[] labels, int classes) {
        float[] values = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            values[i * classes + labels[i]] = 1f;
        }
        return Tensor.of(values, labels.length, classes);
    }
}
