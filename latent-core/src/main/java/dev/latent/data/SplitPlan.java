package dev.latent.data;

import dev.latent.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a model's data was divided, saved as {@code split.json} in the model directory so later
 * commands find the same test and validation rows: the test share of a single CSV (stratified by
 * label, seeded), the validation share held out of the training rows, the label values of a
 * table, and which label is the anomaly.
 *
 * @param testFraction the share of a single CSV's rows that is the test split (null when the data
 *     has its own test split: images, or a directory with train.csv and test.csv)
 * @param seed the seed of the test split's and the validation split's rows
 * @param validationFraction the share of the training rows held out for validation, in [0, 1)
 * @param labels a table's label values, sorted (class i is labels[i]); null for images or no label column
 * @param anomalyLabel the label value of anomalies (kept out of training), or null
 */
public record SplitPlan(Double testFraction, long seed, double validationFraction, List<String> labels, String anomalyLabel) {
    public static final String FILE = "split.json";

    public SplitPlan {
        if (testFraction != null && !(testFraction > 0 && testFraction < 1)) {
            throw InvalidInputException.of("testFraction", "the test fraction must be between 0 and 1 (exclusive), got " + testFraction);
        }
        labels = labels == null ? null : List.copyOf(labels);
        new Holdout(validationFraction, seed, -1); // validates the fraction
    }

    /** The class index of the anomaly label: for a table its place among the labels, for images the label as a number; -1 when none. */
    public int anomalyClass() {
        if (anomalyLabel == null) {
            return -1;
        }
        if (labels != null) {
            int index = labels.indexOf(anomalyLabel);
            if (index < 0) {
                throw InvalidInputException.of("anomalyLabel", "anomaly label '" + anomalyLabel + "' is none of the label values " + abbreviated(labels) + "; name one of them");
            }
            return index;
        }
        try {
            int label = Integer.parseInt(anomalyLabel.trim());
            if (label < 0) {
                throw new NumberFormatException();
            }
            return label;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("anomalyLabel", "anomaly label '" + anomalyLabel + "' is not a class number; image labels are 0, 1, 2...");
        }
    }

    /** The division of the training rows this plan makes. */
    public Holdout holdout() {
        return new Holdout(validationFraction, seed, anomalyClass());
    }

    /**
     * Row indices of a single table's test split: within each label (all rows when {@code classes}
     * is null), a seeded shuffle, of which the first round(fraction * n) rows are test.
     */
    public static int[][] stratified(int count, int[] classes, double fraction, long seed) {
        long[] order = Shuffle.permutation(count, Shuffle.mix(seed, 0x7e57L), 0);
        java.util.Map<Integer, List<Integer>> groups = new java.util.TreeMap<>();
        for (long row : order) {
            groups.computeIfAbsent(classes == null ? 0 : classes[(int) row], k -> new ArrayList<>()).add((int) row);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int held = (int) Math.round(fraction * group.size());
            test.addAll(group.subList(0, held));
            train.addAll(group.subList(held, group.size()));
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).sorted().toArray(), test.stream().mapToInt(Integer::intValue).sorted().toArray()};
    }

    private static String abbreviated(List<String> values) {
        return values.size() <= 10 ? values.toString() : values.subList(0, 10) + " (and " + (values.size() - 10) + " more)";
    }
}
