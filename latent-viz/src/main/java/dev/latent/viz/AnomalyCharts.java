package dev.latent.viz;

import dev.latent.eval.AnomalyMetrics;
import dev.latent.eval.Curve;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How well an anomaly score separates labelled anomalous rows from normal ones, as pictures: the
 * ROC curve with its AUC and the precision-recall curve with its average precision in the title,
 * each beside the line a score that knows nothing would draw. Rendered headless with JFreeChart;
 * written as PNG atomically.
 */
public final class AnomalyCharts {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    /** The curve: the first colour of {@link Charts}' palette (Tableau 10 blue). */
    private static final Color CURVE = new Color(0x4E79A7);
    /** The chance line: Tableau 10 grey, dashed. */
    private static final Color CHANCE = new Color(0xBAB0AC);
    private static final BasicStroke CURVE_STROKE = new BasicStroke(2f);
    private static final BasicStroke CHANCE_STROKE = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private AnomalyCharts() {}

    /**
     * Writes the ROC curve of the scores as a {@link #WIDTH} x {@link #HEIGHT} PNG.
     *
     * @param scoreName the score's name with its unit, for the title
     * @throws IllegalArgumentException as {@link AnomalyMetrics#rocAuc}, before the file is touched
     * @throws IOException if the file cannot be written; an existing file is then left as it was
     */
    public static void writeRoc(Path file, double[] scores, boolean[] anomalous, String scoreName) throws IOException {
        BufferedImage image = roc(AnomalyMetrics.roc(scores, anomalous), AnomalyMetrics.rocAuc(scores, anomalous), scoreName, WIDTH, HEIGHT);
        ImageGrid.writePng(file, image);
    }

    /**
     * Writes the precision-recall curve of the scores as a {@link #WIDTH} x {@link #HEIGHT} PNG.
     *
     * @param scoreName the score's name with its unit, for the title
     * @throws IllegalArgumentException as {@link AnomalyMetrics#averagePrecision}, before the file
     *     is touched
     * @throws IOException if the file cannot be written; an existing file is then left as it was
     */
    public static void writePrecisionRecall(Path file, double[] scores, boolean[] anomalous, String scoreName) throws IOException {
        BufferedImage image = precisionRecall(AnomalyMetrics.precisionRecall(scores, anomalous),
                AnomalyMetrics.averagePrecision(scores, anomalous), scoreName, WIDTH, HEIGHT);
        ImageGrid.writePng(file, image);
    }

    /** The ROC curve (from {@link AnomalyMetrics#roc}) against the diagonal of a score that ranks at random. */
    public static BufferedImage roc(Curve roc, double rocAuc, String scoreName, int width, int height) {
        return rocChart(roc, rocAuc, scoreName).createBufferedImage(width, height);
    }

    /**
     * The precision-recall curve (from {@link AnomalyMetrics#precisionRecall}) as steps, each recall
     * step at the precision of its end, so that the area under it is the average precision; against
     * the level of a score that ranks at random, the share of anomalous rows (the curve's last
     * precision, where every row is flagged).
     */
    public static BufferedImage precisionRecall(Curve precisionRecall, double averagePrecision, String scoreName, int width, int height) {
        return precisionRecallChart(precisionRecall, averagePrecision, scoreName).createBufferedImage(width, height);
    }

    static JFreeChart rocChart(Curve roc, double rocAuc, String scoreName) {
        XYSeries chance = new XYSeries("chance (AUC 0.5)", false, true);
        chance.add(0, 0);
        chance.add(1, 1);
        String title = String.format(Locale.ROOT, "ROC of %s: AUC %.3f", scoreName, rocAuc);
        return chart(title, "false positive rate", "true positive rate", series("ROC curve", roc),
                new XYLineAndShapeRenderer(true, false), chance);
    }

    static JFreeChart precisionRecallChart(Curve precisionRecall, double averagePrecision, String scoreName) {
        double anomalousShare = precisionRecall.y()[precisionRecall.points() - 1];
        XYSeries chance = new XYSeries(String.format(Locale.ROOT, "chance (precision %.3f, the anomalous share)", anomalousShare), false, true);
        chance.add(0, anomalousShare);
        chance.add(1, anomalousShare);
        // Step point 0: rise (or fall) at the start of each recall step, so the step holds the precision of its end.
        XYStepRenderer steps = new XYStepRenderer();
        steps.setStepPoint(0);
        steps.setDefaultShapesVisible(false);
        String title = String.format(Locale.ROOT, "Precision-recall of %s: AP %.3f", scoreName, averagePrecision);
        return chart(title, "recall", "precision", series("precision-recall curve", precisionRecall), steps, chance);
    }

    /** Points in the curve's order (thresholds decreasing), not sorted by x: a ROC has vertical runs. */
    private static XYSeries series(String name, Curve curve) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < curve.points(); i++) {
            series.add(curve.x()[i], curve.y()[i], false);
        }
        return series;
    }

    private static JFreeChart chart(String title, String xLabel, String yLabel, XYSeries curve, XYItemRenderer curveRenderer, XYSeries chance) {
        NumberAxis xAxis = unitAxis(xLabel);
        NumberAxis yAxis = unitAxis(yLabel);
        curveRenderer.setSeriesPaint(0, CURVE);
        curveRenderer.setSeriesStroke(0, CURVE_STROKE);
        XYPlot plot = new XYPlot(new XYSeriesCollection(curve), xAxis, yAxis, curveRenderer);
        XYLineAndShapeRenderer chanceRenderer = new XYLineAndShapeRenderer(true, false);
        chanceRenderer.setSeriesPaint(0, CHANCE);
        chanceRenderer.setSeriesStroke(0, CHANCE_STROKE);
        plot.setDataset(1, new XYSeriesCollection(chance));
        plot.setRenderer(1, chanceRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Rates and shares: always 0 to 1, with a little room so the curve's ends stay visible. */
    private static NumberAxis unitAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(-0.02, 1.02);
        return axis;
    }
}
