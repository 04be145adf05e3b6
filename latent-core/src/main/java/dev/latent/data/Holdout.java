package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the training split is divided before training, for anomaly detection: a seeded share of it
 * is held out as the validation split (thresholds are quantiles of its scores), and, when one
 * class is named anomalous, its rows are kept out of training, so the model learns the normal
 * rows only (novelty detection). The validation split keeps its anomalous rows: a normal-only
 * quantile ignores them, an F1 threshold needs them.
 *
 * @param validationFraction the share of the training split held out, in [0, 1)
 * @param seed the seed of the held-out rows' choice
 * @param anomalyClass the label (class index) of anomalies, or -1 when training sees every row
 */
public record Holdout(double validationFraction, long seed, int anomalyClass) {
    /** Nothing held out: the training split as it is. */
    public static final Holdout NONE = new Holdout(0, 0, -1);

    public Holdout {
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw InvalidInputException.of("validationFraction", "the validation fraction must be in [0, 1), got " + validationFraction);
        }
    }

    /** Whether anything changes: rows held out or anomalies kept out of training. */
    public boolean applies() {
        return validationFraction > 0 || anomalyClass >= 0;
    }

    /** {@code split} with its training rows divided as this says. */
    public Split apply(Split split) {
        if (!applies()) {
            return split;
        }
        Dataset train = split.train();
        Division division = divide(train.size(), train.labels(), train.name());
        Split out = split.withTrain(select(train, division.training(), train.name() + " (training rows)"));
        return division.validation().length == 0 ? out
                : out.withValidation(select(train, division.validation(), train.name() + " (" + division.validation().length + " validation rows held out)"));
    }

    /**
     * The row indices (ascending) that train and that validate.
     *
     * @param training rows to train on: not held out, and not anomalous
     * @param validation rows held out, anomalous ones included
     */
    public record Division(int[] training, int[] validation) {}

    /** Divides {@code count} rows with {@code labels} (null when unlabelled) of the data named {@code name}. */
    public Division divide(int count, int[] labels, String name) {
        if (anomalyClass >= 0 && labels == null) {
            throw InvalidInputException.of("anomalyLabel", name + ": has no labels, so no rows can be named anomalous; drop the anomaly label or use labelled data");
        }
        long[] order = Shuffle.permutation(count, Shuffle.mix(seed, 0x7a11dL), 0);
        int held = (int) Math.round(validationFraction * count);
        List<Integer> validation = new ArrayList<>();
        List<Integer> training = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            int row = (int) order[i];
            if (i < held) {
                validation.add(row);
            } else if (anomalyClass < 0 || labels[row] != anomalyClass) {
                training.add(row);
            }
        }
        if (training.isEmpty()) {
            throw InvalidInputException.of("validationFraction", name + ": no training rows are left after holding out " + held + " validation rows"
                    + (anomalyClass >= 0 ? " and the anomalies" : "") + "; lower the validation fraction or add rows");
        }
        return new Division(sorted(training), sorted(validation));
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static Dataset select(Dataset dataset, int[] indices, String name) {
        int[] labels = null;
        if (dataset.hasLabels()) {
            labels = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                labels[i] = dataset.labels()[indices[i]];
            }
        }
        return new Dataset(name, dataset.features().select(indices), labels);
    }
}
