package org.linli.ui.components;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG — no chart library, no script: one group per label with a bar per series,
 * scaled to the largest value, each bar titled with its exact value for screen readers and hover. Labels and values
 * are escaped, so any text may be shown.
 */
public final class SvgBarChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int AXIS = 24;
    private static final String[] COLOURS = {"var(--lumo-primary-color-50pct, #7aa7e8)",
        "var(--lumo-primary-color, #1676f3)"};

    private SvgBarChart() {
    }

    /** A series: its name and one value per label (never negative). */
    public record Series(String name, List<Long> values) {
    }

    /**
     * The chart as an SVG element; {@code format} turns a value into the text of its title (e.g. money), and
     * {@code title} names the chart for assistive technology.
     */
    public static String render(String title, List<String> labels, List<Series> series,
                                java.util.function.LongFunction<String> format) {
        long max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max()
                .orElse(1));
        int groups = Math.max(1, labels.size());
        double groupWidth = (double) WIDTH / groups;
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" class=\"bar-chart\"><title>%s</title>", WIDTH, HEIGHT + AXIS,
                escape(title)));
        for (int g = 0; g < labels.size(); g++) {
            double x = g * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                long value = Math.max(0, series.get(s).values().get(g));
                double height = (double) value / max * (HEIGHT - 8);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                                + " fill=\"%s\"><title>%s %s: %s</title></rect>", x + s * barWidth, HEIGHT - height,
                        barWidth, height, COLOURS[s % COLOURS.length], escape(labels.get(g)),
                        escape(series.get(s).name()), escape(format.apply(value))));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\""
                    + " font-size=\"11\" fill=\"currentColor\">%s</text>", g * groupWidth + groupWidth / 2,
                    HEIGHT + 16, escape(labels.get(g))));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
