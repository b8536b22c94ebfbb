package org.linli.ui.console.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseFigures;
import org.linli.tenants.cases.CaseStatistics;
import org.linli.tenants.cases.StatsDimension;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the tenant's cases went in a period (this month unless chosen), per grid, category or handler: volume, the
 * shares accepted and resolved on time, satisfaction and the reopen rate, as a table, as charts of volume and
 * satisfaction, and as CSV for spreadsheets.
 */
@Route(value = "case-statistics", layout = MainLayout.class)
@ViewPermission(Permissions.CASE_MANAGE)
public class CaseStatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final CaseStatistics statistics;
    private final Select<StatsDimension> dimension = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<CaseFigures> grid = new ListGrid<>();
    private final Div volumeChart = new Div();
    private final Div satisfactionChart = new Div();
    private ZoneId zone = ChinaTime.ZONE;

    @Inject
    public CaseStatisticsView(CaseStatistics statistics, CaseCategories categories) {
        this.statistics = statistics;
        addClassName("list-view");
        add(new H2(getTranslation("nav.case-statistics")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        try {
            // Days begin and end where the tenant works, as its deadlines do.
            zone = ZoneId.of(categories.calendar().settings().zone());
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
        LocalDate today = LocalDate.now(zone);
        dimension.setLabel(getTranslation("case-stats.by"));
        dimension.setId("case-stats-by");
        dimension.setItems(StatsDimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("case-stats.by." + d.name()));
        dimension.setValue(StatsDimension.CATEGORY);
        from.setLabel(getTranslation("case-stats.from"));
        from.setId("case-stats-from");
        from.setValue(today.withDayOfMonth(1));
        to.setLabel(getTranslation("case-stats.to"));
        to.setId("case-stats-to");
        to.setValue(today);
        dimension.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        Anchor csv = new Anchor(csv(CallerContext.capture()), getTranslation("case-stats.csv"));
        csv.setId("case-stats-csv");
        HorizontalLayout bar = new HorizontalLayout(dimension, from, to, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        volumeChart.setId("case-stats-volume-chart");
        satisfactionChart.setId("case-stats-satisfaction-chart");
        for (Div chart : List.of(volumeChart, satisfactionChart)) {
            chart.addClassName("chart");
            chart.setWidthFull();
        }
        add(bar, figureGrid(), new H3(getTranslation("case-stats.volume")), volumeChart,
                new H3(getTranslation("case-stats.satisfaction")), satisfactionChart);
        refresh();
    }

    /** Downloads arrive in a request of their own: they act for the person who opened this view. */
    private DownloadHandler csv(CallerContext caller) {
        return event -> {
            StatsDimension by = dimension.getValue() == null ? StatsDimension.CATEGORY : dimension.getValue();
            byte[] bytes;
            try {
                bytes = caller.call(() -> statistics.csv(CaseTimes.period(from.getValue(), to.getValue(), zone),
                        by));
            } catch (DomainException problem) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName("case-statistics-" + by.name().toLowerCase(Locale.ROOT) + "-" + from.getValue()
                    + "-" + to.getValue() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(bytes);
        };
    }

    private Component figureGrid() {
        grid.setId("case-stats");
        grid.addColumn(f -> label(f)).setHeader(getTranslation("case-stats.group")).setFlexGrow(2);
        grid.addColumn(CaseFigures::volume).setHeader(getTranslation("case-stats.volume"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> percent(f.acceptedOnTime())).setHeader(getTranslation("case-stats.accepted-on-time"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> percent(f.resolvedOnTime())).setHeader(getTranslation("case-stats.resolved-on-time"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> stars(f.satisfaction())).setHeader(getTranslation("case-stats.satisfaction"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(f -> percent(f.reopenRate())).setHeader(getTranslation("case-stats.reopen-rate"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("case-stats.empty"));
        return grid;
    }

    private void refresh() {
        List<CaseFigures> figures;
        try {
            figures = statistics.figures(CaseTimes.period(from.getValue(), to.getValue(), zone),
                    dimension.getValue());
        } catch (DomainException problem) {
            FieldErrors.show(problem, Map.<String, HasValidation>of("from", from, "to", to));
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        grid.setItems(figures);
        List<String> labels = figures.stream().map(this::label).toList();
        draw(volumeChart, "case-stats.volume", labels, figures.stream().map(CaseFigures::volume).toList(),
                ChartOptions.Unit.COUNT);
        // Hundredths of a star: the chart takes whole numbers.
        draw(satisfactionChart, "case-stats.satisfaction", labels, figures.stream()
                .map(f -> f.satisfaction() == null ? 0L : Math.round(f.satisfaction() * 100)).toList(),
                ChartOptions.Unit.HUNDREDTHS);
    }

    private void draw(Div into, String titleKey, List<String> labels, List<Long> values, ChartOptions.Unit unit) {
        into.removeAll();
        if (labels.isEmpty()) {
            return;
        }
        into.add(new EChart(ChartOptions.of(getTranslation(titleKey), labels)
                .series(getTranslation(titleKey), values).unit(unit)));
    }

    private String label(CaseFigures figures) {
        return figures.label() == null || figures.key() == null ? getTranslation("case-stats.none")
                : figures.label();
    }

    private String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String stars(Double average) {
        return average == null ? "—" : String.format(getLocale(), "%.2f", average);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.case-statistics") + " · " + getTranslation("app.name");
    }
}
