package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.linli.billing.reporting.PlatformRevenue;
import org.linli.billing.reporting.Revenue;
import org.linli.billing.reporting.RevenueCsv;
import org.linli.billing.reporting.RevenuePdf;
import org.linli.billing.reporting.RevenueReport;
import org.linli.billing.reporting.RevenueWorkbook;
import org.linli.billing.reporting.SplitDetails;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantService;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Revenue for finance: a period (the last eight weeks unless chosen), paid and commission per week as a chart,
 * the split per module and per provider with the total, the same figures as CSV, Excel and PDF downloads, and the
 * split lines behind them exported in the background with a progress bar.
 */
@Route(value = "finance/revenue", layout = MainLayout.class)
@ViewPermission(Permissions.FINANCE_READ)
public class RevenueView extends VerticalLayout implements HasDynamicTitle {

    private final RevenueReport report;
    private final TenantService tenants;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div chart = new Div();
    private final Grid<Revenue.Line> modules = new ListGrid<>();
    private final Grid<Revenue.ProviderLine> providers = new ListGrid<>();
    private Revenue shown;

    @Resource
    ManagedExecutorService executor;

    @Inject
    public RevenueView(RevenueReport report, PlatformRevenue platform, TenantService tenants,
                       SplitDetails details) {
        this.report = report;
        this.tenants = tenants;
        addClassName("list-view");
        add(new H2(getTranslation("revenue.title")));
        if (TenantContext.current().isEmpty()) {
            if (CurrentUser.require().isPlatformUser()) {
                acrossTenants(platform);
            } else {
                add(TenantPicker.inPlace());
            }
            return;
        }
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        from.setLabel(getTranslation("revenue.from"));
        from.setValue(today.minusWeeks(8).plusDays(1));
        from.setId("revenue-from");
        to.setLabel(getTranslation("revenue.to"));
        to.setValue(today);
        to.setId("revenue-to");
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        DownloadHandler csv = event -> {
            event.setFileName("revenue-" + shown.from() + "-" + shown.to() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.getOutputStream().write(RevenueCsv.of(shown, getLocale()).getBytes(StandardCharsets.UTF_8));
        };
        Anchor export = new Anchor(csv, getTranslation("revenue.export"));
        export.setId("revenue-export");
        DownloadHandler xlsx = event -> {
            event.setFileName("revenue-" + shown.from() + "-" + shown.to() + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            event.getOutputStream().write(RevenueWorkbook.of(shown, getLocale()));
        };
        Anchor workbook = new Anchor(xlsx, getTranslation("revenue.export-xlsx"));
        workbook.setId("revenue-export-xlsx");
        DownloadHandler pdf = event -> {
            event.setFileName("revenue-" + shown.from() + "-" + shown.to() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(RevenuePdf.of(shown, tenants.currentName(), getLocale()));
        };
        Anchor document = new Anchor(pdf, getTranslation("revenue.export-pdf"));
        document.setId("revenue-export-pdf");
        HorizontalLayout period = new HorizontalLayout(from, to, export, workbook, document);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        chart.setId("revenue-chart");
        chart.addClassName("chart");
        chart.setWidthFull();
        // The executor is injected into the field after construction: the exporter asks for it when it starts.
        SplitDetailsExporter exporter = new SplitDetailsExporter(details, () -> executor, from::getValue,
                to::getValue);
        add(period, exporter, new H3(getTranslation("revenue.by-week")), chart, new H3(getTranslation("revenue.by-module")),
                moduleGrid(), new H3(getTranslation("revenue.by-provider")), providerGrid());
        refresh();
    }

    /** Platform finance without a tenant chosen: every tenant's revenue side by side, as a chart and a table. */
    private void acrossTenants(PlatformRevenue platform) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        DatePicker since = new DatePicker(getTranslation("revenue.from"), today.withDayOfMonth(1));
        DatePicker until = new DatePicker(getTranslation("revenue.to"), today);
        since.setId("revenue-from");
        until.setId("revenue-to");
        Div tenantChart = new Div();
        tenantChart.setId("revenue-tenants-chart");
        tenantChart.addClassName("chart");
        tenantChart.setWidthFull();
        Grid<PlatformRevenue.TenantLine> grid = new ListGrid<>();
        grid.setId("revenue-tenants");
        grid.addColumn(PlatformRevenue.TenantLine::name).setHeader(getTranslation("revenue.tenant-name"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.total().orders()).setHeader(getTranslation("revenue.orders"));
        grid.addColumn(l -> l.total().paid().format()).setHeader(getTranslation("revenue.paid"));
        grid.addColumn(l -> l.total().platform().format()).setHeader(getTranslation("revenue.platform"));
        grid.addColumn(l -> l.total().tenant().format()).setHeader(getTranslation("revenue.tenant"));
        grid.addColumn(l -> l.total().provider().format()).setHeader(getTranslation("revenue.provider"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("revenue.empty"));
        Runnable show = () -> {
            try {
                PlatformRevenue.ByTenant all = platform.byTenant(since.getValue(), until.getValue());
                List<PlatformRevenue.TenantLine> rows = new ArrayList<>(all.tenants());
                rows.add(new PlatformRevenue.TenantLine(null, getTranslation("revenue.total"), all.total()));
                grid.setItems(rows);
                draw(tenantChart, "revenue.by-tenant", all.tenants().stream()
                        .map(PlatformRevenue.TenantLine::name).toList(), all.tenants().stream()
                        .map(t -> t.total().paid()).toList(), all.tenants().stream()
                        .map(t -> t.total().commission()).toList());
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        };
        since.addValueChangeListener(change -> show.run());
        until.addValueChangeListener(change -> show.run());
        HorizontalLayout period = new HorizontalLayout(since, until);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(period, new H3(getTranslation("revenue.by-tenant")), tenantChart, grid);
        show.run();
    }

    private Component providerGrid() {
        providers.setId("revenue-providers");
        providers.addColumn(Revenue.ProviderLine::name).setHeader(getTranslation("revenue.provider-name"))
                .setFlexGrow(2);
        providers.addColumn(Revenue.ProviderLine::orders).setHeader(getTranslation("revenue.orders"));
        providers.addColumn(l -> l.paid().format()).setHeader(getTranslation("revenue.paid"));
        providers.addColumn(l -> l.commission().format()).setHeader(getTranslation("revenue.commission"));
        providers.addColumn(l -> l.earned().format()).setHeader(getTranslation("revenue.provider"));
        providers.setAllRowsVisible(true);
        providers.setEmptyStateText(getTranslation("revenue.empty"));
        return providers;
    }

    private Component moduleGrid() {
        modules.setId("revenue-modules");
        modules.addColumn(l -> l.module() == null ? getTranslation("revenue.total")
                : getTranslation(l.module().label().key())).setHeader(getTranslation("revenue.module"));
        modules.addColumn(Revenue.Line::orders).setHeader(getTranslation("revenue.orders"));
        modules.addColumn(l -> l.paid().format()).setHeader(getTranslation("revenue.paid"));
        modules.addColumn(l -> l.platform().format()).setHeader(getTranslation("revenue.platform"));
        modules.addColumn(l -> l.tenant().format()).setHeader(getTranslation("revenue.tenant"));
        modules.addColumn(l -> l.provider().format()).setHeader(getTranslation("revenue.provider"));
        modules.setAllRowsVisible(true);
        modules.setEmptyStateText(getTranslation("revenue.empty"));
        return modules;
    }

    private void refresh() {
        try {
            shown = report.revenue(from.getValue(), to.getValue());
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("MM-dd");
        List<String> labels = shown.weeks().stream().map(w -> w.start().format(day)).toList();
        draw(chart, "revenue.by-week", labels, shown.weeks().stream().map(Revenue.Week::paid).toList(),
                shown.weeks().stream().map(Revenue.Week::commission).toList());
        List<Revenue.Line> rows = new ArrayList<>(shown.modules());
        if (!rows.isEmpty()) {
            rows.add(shown.total());
        }
        modules.setItems(rows);
        providers.setItems(shown.providers());
    }

    /** Paid and commission side by side per label, in yuan, in place of what {@code into} showed. */
    private void draw(Div into, String titleKey, List<String> labels, List<Money> paid, List<Money> commission) {
        into.removeAll();
        into.add(new EChart(ChartOptions.of(getTranslation(titleKey), labels)
                .series(getTranslation("revenue.paid"), paid.stream().map(Money::fen).toList())
                .series(getTranslation("revenue.commission"), commission.stream().map(Money::fen).toList())
                .unit(ChartOptions.Unit.YUAN)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revenue.title") + " · " + getTranslation("app.name");
    }
}
