package org.linli.ui.components;

import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an {@link EChart} draws, as Apache ECharts options: categories along the bottom, a value axis at the side,
 * one bar or line series per measure with its values written on it, a tooltip per category and a legend once there
 * is more than one series. Values arrive in their stored unit (fen, minutes, hundredths) and leave in the unit people
 * read ({@link Unit}); the browser only adds the number formatting of the reader's language, which JSON cannot carry.
 */
public final class ChartOptions {

    /** Past this many categories the labels are turned, so that a street's buildings or a month's days still fit. */
    static final int UPRIGHT_LABELS = 8;
    private static final String[] COLOURS = {"#1676f3", "#f0a020", "#2e9e6a", "#d9534f", "#7a5bd6"};

    /** How a series is drawn. */
    public enum Kind {
        BAR("bar"), LINE("line");

        private final String type;

        Kind(String type) {
            this.type = type;
        }
    }

    /**
     * The unit people read a value in: the stored value divided by {@code divisor}, shown with {@code digits} decimals
     * after {@code prefix} — money is stored in fen and read in yuan, hours are stored as minutes.
     */
    public record Unit(String prefix, int divisor, int digits) {

        public static final Unit COUNT = new Unit("", 1, 0);
        public static final Unit YUAN = new Unit("¥", 100, 2);

        /** Hours from minutes, to two decimals as on a volunteer's certificate. */
        public static final Unit HOURS = new Unit("", 60, 2);

        /** A value stored in hundredths (e.g. an average rating), read to two decimals. */
        public static final Unit HUNDREDTHS = new Unit("", 100, 2);

        BigDecimal read(long stored) {
            BigDecimal value = BigDecimal.valueOf(stored);
            return divisor == 1 ? value : value.divide(BigDecimal.valueOf(divisor), digits,
                    RoundingMode.HALF_UP);
        }
    }

    /** One measure: its name (legend and tooltip) and one stored value per category. */
    public record Series(String name, List<Long> values) {
    }

    private final String title;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private Kind kind = Kind.BAR;
    private Unit unit = Unit.COUNT;

    private ChartOptions(String title, List<String> categories) {
        this.title = title;
        this.categories = List.copyOf(categories);
    }

    /** A chart named {@code title} (for assistive technology) over these categories, in their order. */
    public static ChartOptions of(String title, List<String> categories) {
        return new ChartOptions(title, categories);
    }

    public ChartOptions series(String name, List<Long> values) {
        if (values.size() != categories.size()) {
            throw new IllegalArgumentException(name + ": " + values.size() + " values for " + categories.size()
                    + " categories");
        }
        series.add(new Series(name, List.copyOf(values)));
        return this;
    }

    public ChartOptions kind(Kind drawn) {
        this.kind = drawn;
        return this;
    }

    public ChartOptions unit(Unit read) {
        this.unit = read;
        return this;
    }

    public String title() {
        return title;
    }

    public Unit unit() {
        return unit;
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    /** The options for {@code echarts.setOption}; number formatting is left to {@link #format(Locale)}. */
    public JsonObject toJson() {
        JsonObject options = Json.createObject();
        options.put("animation", false);
        options.put("color", strings(List.of(COLOURS)));
        // The library would describe the chart in Chinese whatever the reader's language: the title says it instead.
        JsonObject aria = Json.createObject();
        aria.put("enabled", true);
        JsonObject description = Json.createObject();
        description.put("description", title);
        aria.put("label", description);
        options.put("aria", aria);
        JsonObject grid = Json.createObject();
        grid.put("left", 8);
        grid.put("right", 16);
        grid.put("top", series.size() > 1 ? 40 : 24);
        grid.put("bottom", 8);
        grid.put("containLabel", true);
        options.put("grid", grid);
        JsonObject tooltip = Json.createObject();
        tooltip.put("trigger", "axis");
        JsonObject pointer = Json.createObject();
        pointer.put("type", kind == Kind.BAR ? "shadow" : "line");
        tooltip.put("axisPointer", pointer);
        options.put("tooltip", tooltip);
        if (series.size() > 1) {
            JsonObject legend = Json.createObject();
            legend.put("top", 0);
            options.put("legend", legend);
        }
        options.put("xAxis", categoryAxis());
        JsonObject valueAxis = Json.createObject();
        valueAxis.put("type", "value");
        valueAxis.put("minInterval", unit.divisor() == 1 ? 1 : 0);
        valueAxis.put("axisLabel", Json.createObject());
        options.put("yAxis", valueAxis);
        JsonArray drawn = Json.createArray();
        for (Series s : series) {
            drawn.set(drawn.length(), series(s));
        }
        options.put("series", drawn);
        return options;
    }

    /** How the browser writes the numbers: the reader's language, the unit's sign and decimals. */
    public JsonObject format(Locale locale) {
        JsonObject format = Json.createObject();
        format.put("locale", locale.toLanguageTag());
        format.put("prefix", unit.prefix());
        format.put("digits", unit.digits());
        return format;
    }

    private JsonObject categoryAxis() {
        JsonObject axis = Json.createObject();
        axis.put("type", "category");
        axis.put("data", strings(categories));
        JsonObject labels = Json.createObject();
        labels.put("hideOverlap", true);
        if (categories.size() > UPRIGHT_LABELS) {
            labels.put("rotate", 40);
        }
        axis.put("axisLabel", labels);
        return axis;
    }

    private JsonObject series(Series s) {
        JsonObject drawn = Json.createObject();
        drawn.put("name", s.name());
        drawn.put("type", kind.type);
        JsonArray data = Json.createArray();
        for (Long stored : s.values()) {
            data.set(data.length(), unit.read(stored == null ? 0 : stored).doubleValue());
        }
        drawn.put("data", data);
        JsonObject label = Json.createObject();
        label.put("show", true);
        label.put("position", "top");
        label.put("fontSize", 11);
        drawn.put("label", label);
        JsonObject layout = Json.createObject();
        layout.put("hideOverlap", true);
        drawn.put("labelLayout", layout);
        if (kind == Kind.BAR) {
            drawn.put("barMaxWidth", 48);
        }
        return drawn;
    }

    private static JsonArray strings(List<String> texts) {
        JsonArray array = Json.createArray();
        for (String text : texts) {
            array.set(array.length(), text);
        }
        return array;
    }
}
