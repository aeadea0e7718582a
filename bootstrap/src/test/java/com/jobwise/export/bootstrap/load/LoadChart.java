package com.jobwise.export.bootstrap.load;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The load run's plot (JFreeChart, PNG 900x520): throughput (exports/s, left axis) and p99 latency (ms, right
 * axis) against the number of clients, with the targets (100 exports/s, p99 600 ms) as dashed lines.
 */
final class LoadChart {
    private static final Color THROUGHPUT = new Color(0x25, 0x63, 0xEB);
    private static final Color P99 = new Color(0xDC, 0x26, 0x26);

    private LoadChart() {
    }

    /**
     * Writes the plot of {@code levels} to {@code png}.
     *
     * @throws IOException when the file cannot be written
     */
    static void write(List<LoadReport.Level> levels, String subtitle, Path png) throws IOException {
        DefaultCategoryDataset throughput = new DefaultCategoryDataset();
        DefaultCategoryDataset p99 = new DefaultCategoryDataset();
        for (LoadReport.Level level : levels) {
            String clients = Integer.toString(level.result().clients());
            throughput.addValue(level.result().throughput(), "throughput (exports/s)", clients);
            p99.addValue(level.result().millis(99), "p99 latency (ms)", clients);
        }
        CategoryPlot plot = new CategoryPlot();
        plot.setDomainAxis(new CategoryAxis("concurrent clients (each its own user)"));
        NumberAxis left = new NumberAxis("PDF exports per second");
        left.setLabelPaint(THROUGHPUT);
        left.setTickLabelPaint(THROUGHPUT);
        NumberAxis right = new NumberAxis("p99 latency (ms)");
        right.setLabelPaint(P99);
        right.setTickLabelPaint(P99);
        plot.setRangeAxis(0, left);
        plot.setRangeAxis(1, right);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(0, throughput);
        plot.setDataset(1, p99);
        plot.mapDatasetToRangeAxis(0, 0);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(0, renderer(THROUGHPUT));
        plot.setRenderer(1, renderer(P99));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.addRangeMarker(0, target(100, "target 100/s", THROUGHPUT), org.jfree.chart.ui.Layer.BACKGROUND);
        ValueMarker p99Target = target(600, "p99 target 600 ms", P99);
        p99Target.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        p99Target.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(1, p99Target, org.jfree.chart.ui.Layer.BACKGROUND);
        // keep both targets in view even when the measured values stay far below them
        double maxThroughput = levels.stream().mapToDouble(l -> l.result().throughput()).filter(Double::isFinite)
                .max().orElse(0);
        double maxP99 = levels.stream().mapToDouble(l -> l.result().millis(99)).filter(Double::isFinite).max().orElse(0);
        left.setRange(0, Math.max(maxThroughput * 1.1, 115));
        right.setRange(0, Math.max(maxP99 * 1.1, 690));
        JFreeChart chart = new JFreeChart("Export service: PDF exports under load", new Font("SansSerif", Font.BOLD, 16),
                plot, true);
        chart.addSubtitle(new TextTitle(subtitle, new Font("SansSerif", Font.PLAIN, 11)));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 520);
    }

    private static LineAndShapeRenderer renderer(Color color) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultItemLabelsVisible(false);
        return renderer;
    }

    private static ValueMarker target(double value, String label, Color color) {
        ValueMarker marker = new ValueMarker(value, color, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelPaint(color);
        marker.setLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }
}
