package org.linli.ui.components;

import elemental.json.JsonArray;
import elemental.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartOptionsTest {

    @Test
    void moneyIsStoredInFenAndDrawnInYuanOnAValueAxisWithTheCategoriesBelow() {
        JsonObject options = ChartOptions.of("按周收入", List.of("11-02", "11-09"))
                .series("实收", List.of(123_456L, 5L))
                .series("佣金", List.of(1_000L, 0L))
                .unit(ChartOptions.Unit.YUAN).toJson();

        assertThat(options.getObject("xAxis").getString("type")).isEqualTo("category");
        assertThat(options.getObject("xAxis").getArray("data").toJson()).isEqualTo("[\"11-02\",\"11-09\"]");
        assertThat(options.getObject("yAxis").getString("type")).isEqualTo("value");
        JsonArray series = options.getArray("series");
        assertThat(series.length()).isEqualTo(2);
        JsonObject paid = series.getObject(0);
        assertThat(paid.getString("name")).isEqualTo("实收");
        assertThat(paid.getString("type")).isEqualTo("bar");
        assertThat(paid.getArray("data").getNumber(0)).isEqualTo(1234.56);
        assertThat(paid.getArray("data").getNumber(1)).isEqualTo(0.05);
        assertThat(paid.getObject("label").getBoolean("show")).as("values written on the bars").isTrue();
        assertThat(options.getObject("tooltip").getString("trigger")).isEqualTo("axis");
        assertThat(options.hasKey("legend")).as("two series need a legend").isTrue();
        assertThat(options.getObject("grid").getBoolean("containLabel")).isTrue();
    }

    @Test
    void theBrowserIsToldTheReadersLanguageAndTheUnitsSignAndDecimals() {
        ChartOptions money = ChartOptions.of("收入", List.of("a")).series("实收", List.of(1L))
                .unit(ChartOptions.Unit.YUAN);
        assertThat(money.format(Locale.SIMPLIFIED_CHINESE).toJson())
                .isEqualTo("{\"locale\":\"zh-CN\",\"prefix\":\"¥\",\"digits\":2}");
        ChartOptions counted = ChartOptions.of("事件", List.of("a")).series("数量", List.of(1L));
        assertThat(counted.format(Locale.ENGLISH).toJson())
                .isEqualTo("{\"locale\":\"en\",\"prefix\":\"\",\"digits\":0}");
        assertThat(counted.toJson().getObject("yAxis").getNumber("minInterval")).as("no half cases on the axis")
                .isEqualTo(1);
    }

    @Test
    void minutesAreDrawnAsHoursAndALineAsALineWithoutALegendForOneSeries() {
        JsonObject options = ChartOptions.of("时长", List.of("1月", "2月")).series("小时", List.of(90L, 20L))
                .unit(ChartOptions.Unit.HOURS).kind(ChartOptions.Kind.LINE).toJson();

        JsonObject hours = options.getArray("series").getObject(0);
        assertThat(hours.getString("type")).isEqualTo("line");
        assertThat(hours.getArray("data").getNumber(0)).isEqualTo(1.5);
        assertThat(hours.getArray("data").getNumber(1)).isEqualTo(0.33);
        assertThat(options.hasKey("legend")).isFalse();
    }

    @Test
    void manyCategoriesTurnTheirLabelsSoThatEachStillShows() {
        List<String> few = Collections.nCopies(ChartOptions.UPRIGHT_LABELS, "楼");
        List<String> many = Collections.nCopies(ChartOptions.UPRIGHT_LABELS + 1, "楼");
        assertThat(ChartOptions.of("t", few).series("s", Collections.nCopies(few.size(), 1L)).toJson()
                .getObject("xAxis").getObject("axisLabel").hasKey("rotate")).isFalse();
        assertThat(ChartOptions.of("t", many).series("s", Collections.nCopies(many.size(), 1L)).toJson()
                .getObject("xAxis").getObject("axisLabel").getNumber("rotate")).isEqualTo(40);
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> ChartOptions.of("t", List.of("a", "b")).series("s", List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
        assertThat(ChartOptions.of("t", List.of()).isEmpty()).isTrue();
    }
}
