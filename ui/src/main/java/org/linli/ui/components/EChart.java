package org.linli.ui.components;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

import java.util.Locale;

/**
 * A chart drawn in the browser by Apache ECharts, across the whole width it is given, with a value axis, values on the
 * bars and a tooltip per category. The library comes from its webjar on the class path and is loaded when the first
 * chart is shown, so no frontend bundle is rebuilt for it.
 */
public class EChart extends Div {

    /** The library as the servlet container serves it from the webjar's {@code META-INF/resources}. */
    public static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    /*
     * Formatters are functions, which JSON cannot carry, so they are added here in the reader's language: the axis and
     * large amounts on the bars shortened the way the language counts (1.2万, 12K), tooltips exact. The library may
     * still be loading when the first chart is attached, hence the short wait. The observer follows the chart's width,
     * and lets the chart go when its element leaves the page (its size then drops to nothing).
     */
    private static final String DRAW = """
            const el = this, options = $0, format = $1;
            const exact = new Intl.NumberFormat(format.locale,
                {minimumFractionDigits: format.digits, maximumFractionDigits: format.digits});
            const brief = new Intl.NumberFormat(format.locale, {notation: 'compact', maximumFractionDigits: 1});
            const whole = v => format.prefix + exact.format(v);
            const short = v => Math.abs(v) >= 10000 ? format.prefix + brief.format(v) : whole(v);
            options.tooltip.valueFormatter = whole;
            options.yAxis.axisLabel.formatter = v => format.prefix + brief.format(v);
            options.series.forEach(s => s.label.formatter = p => short(p.value));
            const draw = tries => {
              if (!window.echarts) {
                if (tries < 200) setTimeout(() => draw(tries + 1), 50);
                return;
              }
              let chart = echarts.getInstanceByDom(el);
              if (!chart) {
                chart = echarts.init(el, null, {renderer: 'svg'});
                const watch = new ResizeObserver(() => {
                  if (el.isConnected) {
                    chart.resize();
                  } else {
                    watch.disconnect();
                    chart.dispose();
                  }
                });
                watch.observe(el);
              }
              chart.setOption(options, true);
            };
            draw(0);
            """;

    private ChartOptions options;

    public EChart(ChartOptions options) {
        addClassName("echart");
        setWidthFull();
        getElement().setAttribute("role", "img");
        show(options);
    }

    /** Draws these options in place of what the chart showed. */
    public final void show(ChartOptions shown) {
        this.options = shown;
        getElement().setAttribute("aria-label", shown.title());
        getUI().ifPresent(ui -> draw(ui.getLocale()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().addJavaScript(SCRIPT);
        draw(attachEvent.getUI().getLocale());
    }

    private void draw(Locale locale) {
        getElement().executeJs(DRAW, options.toJson(), options.format(locale));
    }
}
