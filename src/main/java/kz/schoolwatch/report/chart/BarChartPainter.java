// SPDX-License-Identifier: Apache-2.0
package kz.schoolwatch.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import kz.schoolwatch.report.BarChartData;
import kz.schoolwatch.report.ReportFonts;

/**
 * Draws a horizontal bar chart with Java2D into an image, for the PDF. Java2D runs in a headless JVM, so the
 * command line (no display, no JavaFX toolkit) and the app produce the very same images; JavaFX charts would need
 * a running FX toolkit and a snapshot on the FX thread. Drawn at {@code scale}× for a sharp print.
 */
public final class BarChartPainter {

    /** Print-friendly colours: blue, orange, green, grey, then repeats. */
    private static final Color[] PALETTE = {new Color(0x3A6EA5), new Color(0xE08A2E), new Color(0x4E9A52), new Color(0x8C8C8C)};
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color TEXT = new Color(0x222222);

    private final ReportFonts fonts;

    public BarChartPainter(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /** The chart as an image {@code width} points wide; its height follows the number of bars. */
    public BufferedImage paint(BarChartData data, int width, float scale) {
        int bars = data.categories().size();
        int barHeight = 16;
        int gap = 6;
        int top = data.series().size() > 1 ? 44 : 28;
        int bottom = 26;
        int height = top + bars * (barHeight + gap) + bottom;
        BufferedImage image = new BufferedImage(Math.round(width * scale), Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            draw(g, data, width, top, barHeight, gap);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g, BarChartData data, int width, int top, int barHeight, int gap) {
        g.setColor(TEXT);
        g.setFont(fonts.awtBold(11f));
        g.drawString(data.title(), 0, 14);
        drawLegend(g, data, width);

        g.setFont(fonts.awtRegular(9f));
        FontMetrics fm = g.getFontMetrics();
        int labelWidth = 0;
        for (String c : data.categories()) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(shorten(c, fm, width * 9 / 20)));
        }
        int left = labelWidth + 8;
        int right = width - 40;
        int max = Math.max(1, niceMax(data.maxValue()));
        int plotWidth = right - left;
        int plotBottom = top + data.categories().size() * (barHeight + gap);

        // Grid with five steps.
        g.setStroke(new BasicStroke(0.6f));
        for (int i = 0; i <= 5; i++) {
            int x = left + plotWidth * i / 5;
            g.setColor(GRID);
            g.drawLine(x, top - 4, x, plotBottom);
            g.setColor(TEXT);
            String tick = Integer.toString(max * i / 5);
            g.drawString(tick, x - fm.stringWidth(tick) / 2, plotBottom + 13);
        }

        List<BarChartData.Series> series = data.series();
        for (int c = 0; c < data.categories().size(); c++) {
            int y = top + c * (barHeight + gap);
            g.setColor(TEXT);
            String label = shorten(data.categories().get(c), fm, width * 9 / 20);
            g.drawString(label, left - 6 - fm.stringWidth(label), y + barHeight - 4);
            int x = left;
            int sum = 0;
            for (int s = 0; s < series.size(); s++) {
                int v = series.get(s).values().get(c);
                int w = Math.round((float) plotWidth * v / max);
                g.setColor(PALETTE[s % PALETTE.length]);
                if (data.stacked()) {
                    g.fillRect(x, y, w, barHeight);
                    x += w;
                } else {
                    int h = barHeight / series.size();
                    g.fillRect(left, y + s * h, w, h);
                    x = Math.max(x, left + w);
                }
                sum = data.stacked() ? sum + v : Math.max(sum, v);
            }
            g.setColor(TEXT);
            g.drawString(Integer.toString(sum), x + 4, y + barHeight - 4);
        }
    }

    private void drawLegend(Graphics2D g, BarChartData data, int width) {
        if (data.series().size() < 2) {
            return;
        }
        g.setFont(fonts.awtRegular(9f));
        FontMetrics fm = g.getFontMetrics();
        int x = 0;
        int y = 24;
        for (int s = 0; s < data.series().size(); s++) {
            g.setColor(PALETTE[s % PALETTE.length]);
            g.fillRect(x, y, 10, 10);
            g.setColor(TEXT);
            String name = data.series().get(s).name();
            g.drawString(name, x + 14, y + 9);
            x += 14 + fm.stringWidth(name) + 16;
        }
    }

    private static String shorten(String text, FontMetrics fm, int maxWidth) {
        if (fm.stringWidth(text) <= maxWidth) {
            return text;
        }
        String s = text;
        while (s.length() > 1 && fm.stringWidth(s + "…") > maxWidth) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    /** Rounds the axis end up to a round number divisible by five ticks, so the ticks read well. */
    static int niceMax(int value) {
        if (value <= 5) {
            return 5;
        }
        int magnitude = 1;
        while (magnitude * 10 <= value) {
            magnitude *= 10;
        }
        for (int step : new int[] {10, 15, 20, 25, 30, 40, 50, 60, 80, 100}) {
            int candidate = step * magnitude / 10;
            if (candidate >= value && candidate % 5 == 0) {
                return candidate;
            }
        }
        return 10 * magnitude;
    }
}
