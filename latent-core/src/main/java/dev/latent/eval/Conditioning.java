package dev.latent.eval;

import dev.latent.InvalidInputException;
import dev.latent.data.Dataset;
import dev.latent.model.Generator;
import dev.latent.model.LatentModel;
import dev.latent.nn.Tensor;

/**
 * The labels a conditional model reads, wherever the evaluation needs them: a split's own labels
 * for its images, and for new samples the asked labels {@code 0, 1, ..., C-1, 0, 1, ...}, so every
 * class is asked for as often. For an unconditional model every answer is null.
 */
public final class Conditioning {
    private Conditioning() {}

    /** The classes a model conditions on (0 for unconditional models and GANs). */
    public static int classes(Generator model) {
        return model instanceof LatentModel autoencoder ? autoencoder.conditionClasses() : 0;
    }

    /** The labels (N) of {@code data} as int64 for a conditional model, or null for an unconditional one. */
    public static Tensor labels(Generator model, Dataset data) {
        return labels(classes(model), data);
    }

    /** The labels (N) of {@code data} for a model of {@code classes} classes (0: unconditional, null), each checked to be one of them. */
    public static Tensor labels(int classes, Dataset data) {
        if (classes == 0) {
            return null;
        }
        if (!data.hasLabels()) {
            throw new InvalidInputException(data.name() + " has no labels, and a conditional model reads the label of each image;"
                    + " use labelled data (IDX files with their label files, or class subfolders)");
        }
        return checked(classes, data.labels(), data.size(), data.name());
    }

    /**
     * {@code labels}, one per row of {@code rows}, as int64 for a model of {@code classes} classes,
     * each checked to be one of them; null for an unconditional model, which takes none. {@code
     * where} names the rows in the one-line refusal.
     */
    public static Tensor checked(int classes, int[] labels, int rows, String where) {
        if (classes == 0) {
            if (labels != null) {
                throw InvalidInputException.of("labels", where + ": this model is not conditional; it takes no labels");
            }
            return null;
        }
        if (labels == null || labels.length != rows) {
            throw InvalidInputException.of("labels", where + ": a conditional model needs one label (0.." + (classes - 1) + ") per row, got "
                    + (labels == null ? "none" : labels.length + " for " + rows + " rows"));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw InvalidInputException.of("labels", where + ": label " + labels[i] + " of example " + i + " is outside the model's classes 0.."
                        + (classes - 1) + "; use the data the model was trained on");
            }
        }
        return tensor(labels);
    }

    /** The labels asked of {@code n} new samples, {@code i mod classes}; null for an unconditional model. */
    public static int[] asked(Generator model, int n) {
        int classes = classes(model);
        if (classes == 0) {
            return null;
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % classes;
        }
        return labels;
    }

    /** {@code labels} as an int64 tensor, or null. */
    public static Tensor tensor(int[] labels) {
        if (labels == null) {
            return null;
        }
        long[] values = new long[labels.length];
        for (int i = 0; i < labels.length; i++) {
            values[i] = labels[i];
        }
        return Tensor.indices(values);
    }

    /** The share of samples whose predicted class is the one asked of them. */
    public static double askedLabelShare(int[] predicted, int[] asked) {
        int hits = 0;
        for (int i = 0; i < asked.length; i++) {
            hits += predicted[i] == asked[i] ? 1 : 0;
        }
        return (double) hits / asked.length;
    }
}
