package dev.latent.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Charts rendered headless with JFreeChart, as images to embed or write. */
public final class Charts {
    /** Ten distinguishable colours (Tableau 10), one per label. */
    private static final Color[] PALETTE = {
        new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2), new Color(0x59A14F),
        new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7), new Color(0x9C755F), new Color(0xBAB0AC)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {}

    /** Points (x, y) coloured by label (one series per label, legend by label); labels may be null. */
    public static BufferedImage scatter(double[] x, double[] y, int[] labels, String title, String xLabel, String yLabel, int width, int height) {
        Map<Integer, XYSeries> byLabel = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            int label = labels == null ? 0 : labels[i];
            byLabel.computeIfAbsent(label, l -> new XYSeries(labels == null ? "codes" : "label " + l, false, true)).add(x[i], y[i]);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        byLabel.values().forEach(dataset::addSeries);
        JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            renderer.setSeriesShape(s, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        }
        plot.setRenderer(renderer);
        return chart.createBufferedImage(width, height);
    }

    /** Lines: series name to {xs, ys}. */
    public static BufferedImage lines(String title, String xLabel, String yLabel, Map<String, double[][]> series, int width, int height) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (Map.Entry<String, double[][]> entry : series.entrySet()) {
            XYSeries line = new XYSeries(entry.getKey(), false, true);
            double[][] points = entry.getValue();
            for (int i = 0; i < points[0].length; i++) {
                if (Double.isFinite(points[1][i])) {
                    line.add(points[0][i], points[1][i]);
                }
            }
            dataset.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, dataset, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        return chart.createBufferedImage(width, height);
    }
}
