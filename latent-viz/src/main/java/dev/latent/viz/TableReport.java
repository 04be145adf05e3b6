package dev.latent.viz;

import dev.latent.data.Dataset;
import dev.latent.data.Split;
import dev.latent.eval.AnomalyMetrics;
import dev.latent.eval.AnomalyScore;
import dev.latent.eval.AnomalyScorer;
import dev.latent.eval.Evaluation;
import dev.latent.eval.Evaluator;
import dev.latent.eval.Inference;
import dev.latent.model.LatentModel;
import dev.latent.nn.TensorScope;
import dev.latent.store.TrainedModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of a table model: the test split's nats per row, each column's share of the
 * reconstruction nats (for normal and anomalous rows apart when labels allow), the latent map
 * coloured by label, the training curves, and ROC and PR curves of the default score.
 */
public final class TableReport {
    private TableReport() {}

    /**
     * @param labelNames the label text of each class, or null
     * @param anomalyLabel the label of anomalies, or null
     */
    public static void write(TrainedModel trained, Path modelDir, Split split, List<String> labelNames, String anomalyLabel, Path out) throws IOException {
        Measured m = measure(trained, split, labelNames, anomalyLabel);
        Dataset test = split.test();
        HtmlReport html = new HtmlReport("latent report: " + modelDir);
        html.paragraph(ModelFigures.describe(trained) + " Test split: " + test.name() + ", " + test.size() + " rows.");
        html.heading("Numbers (nats per row)");
        html.table(List.of("measure", "value"), m.numbers());
        html.heading("Reconstruction per column (nats per row, at the posterior mean)");
        html.table(m.anomalous() == null ? List.of("column", "all rows") : List.of("column", "normal rows", "anomalous rows"),
                perColumn(m.names(), m.columns(), test.size(), m.anomalous()));
        html.image("Test rows' mean codes" + (test.hasLabels() ? ", coloured by label" : ""), m.map());
        html.image("Training curves", LatentPictures.trainingCurves(modelDir));
        if (m.hasMetrics()) {
            String score = AnomalyScore.NEGATIVE_ELBO.column();
            html.image("ROC of the default score on the test rows", AnomalyCharts.roc(AnomalyMetrics.roc(m.scores(), m.anomalous()),
                    AnomalyMetrics.rocAuc(m.scores(), m.anomalous()), score, AnomalyCharts.WIDTH, AnomalyCharts.HEIGHT));
            html.image("Precision-recall of the default score on the test rows", AnomalyCharts.precisionRecall(AnomalyMetrics.precisionRecall(m.scores(), m.anomalous()),
                    AnomalyMetrics.averagePrecision(m.scores(), m.anomalous()), score, AnomalyCharts.WIDTH, AnomalyCharts.HEIGHT));
        }
        html.write(out);
    }

    /**
     * What a page shows of one table model on its test rows.
     *
     * @param numbers (measure, value) rows: the ELBO's terms, and ROC AUC and AP of the default score with anomaly labels
     * @param scores the default score of each test row
     * @param columns each row's reconstruction nats per column (rows x columns)
     * @param names the columns
     * @param anomalous each row's anomaly flag, or null without anomaly labels
     * @param map the latent map of the test rows
     */
    record Measured(List<List<String>> numbers, double[] scores, double[] columns, List<String> names, boolean[] anomalous, BufferedImage map) {
        boolean hasMetrics() {
            return anomalous != null && hasBothClasses(anomalous);
        }
    }

    static Measured measure(TrainedModel trained, Split split, List<String> labelNames, String anomalyLabel) {
        LatentModel model = trained.autoencoder();
        Dataset test = split.test();
        AnomalyScorer.Scores result;
        List<String> names;
        float[] codes;
        Evaluation evaluation;
        try (TensorScope scope = TensorScope.open()) {
            var x = test.features().tensor();
            evaluation = Evaluator.evaluate(model, trained.likelihood(), x);
            AnomalyScorer scorer = new AnomalyScorer(model, trained.likelihood(), AnomalyScore.NEGATIVE_ELBO, 1, 0);
            result = scorer.score(x);
            names = scorer.columns();
            codes = Inference.encodeMeans(model, x).toFloatArray();
        }
        List<List<String>> numbers = new ArrayList<>(List.of(
                List.of("reconstruction_nats", format(evaluation.reconstructionNats())),
                List.of("kl_nats", format(evaluation.klNats())),
                List.of("negative_elbo_nats (one z sample per row)", format(evaluation.negativeElboNats()))));
        boolean[] anomalous = anomalous(test, labelNames, anomalyLabel);
        if (anomalous != null && hasBothClasses(anomalous)) {
            numbers.add(List.of("ROC AUC of negative_elbo_nats", format(AnomalyMetrics.rocAuc(result.scores(), anomalous))));
            numbers.add(List.of("average precision of negative_elbo_nats", format(AnomalyMetrics.averagePrecision(result.scores(), anomalous))));
        }
        int d = trained.config().model().latentDim();
        double[] means = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            means[i] = codes[i];
        }
        BufferedImage map = LatentPictures.scatter("latent map of the test rows", means, test.size(), d, test.labels());
        return new Measured(numbers, result.scores(), result.columns(), names, anomalous, map);
    }

    private static boolean[] anomalous(Dataset test, List<String> labelNames, String anomalyLabel) {
        if (!test.hasLabels() || labelNames == null || anomalyLabel == null) {
            return null;
        }
        int anomaly = labelNames.indexOf(anomalyLabel);
        boolean[] out = new boolean[test.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = test.labels()[i] == anomaly;
        }
        return out;
    }

    private static boolean hasBothClasses(boolean[] anomalous) {
        boolean any = false;
        boolean all = true;
        for (boolean a : anomalous) {
            any |= a;
            all &= a;
        }
        return any && !all;
    }

    /** Each column's mean nats, over all rows or over normal and anomalous rows apart. */
    static List<List<String>> perColumn(List<String> names, double[] columns, int rows, boolean[] anomalous) {
        int c = names.size();
        double[][] sums = new double[2][c];
        int[] counts = new int[2];
        for (int r = 0; r < rows; r++) {
            int group = anomalous != null && anomalous[r] ? 1 : 0;
            counts[group]++;
            for (int j = 0; j < c; j++) {
                sums[group][j] += columns[r * c + j];
            }
        }
        List<List<String>> table = new ArrayList<>();
        for (int j = 0; j < c; j++) {
            List<String> row = new ArrayList<>(List.of(names.get(j), format(sums[0][j] / Math.max(1, counts[0]))));
            if (anomalous != null) {
                row.add(counts[1] == 0 ? "none" : format(sums[1][j] / counts[1]));
            }
            table.add(row);
        }
        return table;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
