package org.linli.ui.components;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SvgBarChartTest {

    private static final Pattern HEIGHT = Pattern.compile("<rect [^>]*height=\"([0-9.]+)\"");

    @Test
    void barsAreScaledToTheLargestValueAndTitledWithTheirExactValue() {
        String svg = SvgBarChart.render("Revenue", List.of("11-02", "11-09"), List.of(
                new SvgBarChart.Series("Paid", List.of(1_000L, 500L)),
                new SvgBarChart.Series("Commission", List.of(100L, 0L))), value -> "¥" + value);
        List<Double> heights = HEIGHT.matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(heights).hasSize(4);
        assertThat(heights.get(0)).isEqualTo(212.0);
        assertThat(heights.get(2)).isEqualTo(106.0);
        assertThat(heights.get(1)).isEqualTo(21.2);
        assertThat(heights.get(3)).isZero();
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>11-02 Paid: ¥1000</title>")
                .contains("role=\"img\"");
    }

    @Test
    void textIsEscapedAndAnEmptyChartStillDraws() {
        String svg = SvgBarChart.render("<script>", List.of("a&b"), List.of(new SvgBarChart.Series("\"x\"",
                List.of(0L))), String::valueOf);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "a&amp;b", "&quot;x&quot;");
        Matcher rect = HEIGHT.matcher(svg);
        assertThat(rect.find()).isTrue();
        assertThat(Double.parseDouble(rect.group(1))).isZero();
    }
}
