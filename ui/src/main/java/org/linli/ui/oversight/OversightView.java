package org.linli.ui.oversight;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.linli.platform.problem.ProblemKind;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.oversight.Dashboard;
import org.linli.tenants.oversight.DashboardLabels;
import org.linli.tenants.oversight.Jurisdictions;
import org.linli.tenants.oversight.MonthPeriod;
import org.linli.tenants.oversight.OversightDashboards;
import org.linli.tenants.oversight.OversightDashboards.ExportFormat;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A supervisor's home: the jurisdiction's figures for a month — a table and a chart per section, a row per tenant —
 * and, choosing a tenant (or clicking its name), the same sections per community, category or module. Every cell
 * is as the API publishes it: "&lt;5" and "*" where it could single someone out. Exports as XLSX and PDF. Each look
 * is audited in the tenants shown.
 */
@Route(value = "oversight", layout = MainLayout.class)
@ViewPermission(Permissions.OVERSIGHT_READ)
public class OversightView extends VerticalLayout implements HasDynamicTitle {

    private final OversightDashboards dashboards;
    private final Select<YearMonth> month = new Select<>();
    private final Select<Optional<Jurisdictions.Covered>> scope = new Select<>();
    private final Div content = new Div();

    @Inject
    public OversightView(OversightDashboards dashboards) {
        this.dashboards = dashboards;
        addClassName("list-view");
        addClassName("oversight-view");
        add(new H2(getTranslation("nav.oversight")));
        Jurisdictions.Scope jurisdiction = dashboards.jurisdiction();
        if (jurisdiction.district().isEmpty()) {
            EmptyState empty = new EmptyState(getTranslation("oversight.no-jurisdiction"));
            empty.setId("oversight-empty");
            add(empty);
            return;
        }
        YearMonth now = YearMonth.now(ChinaTime.ZONE);
        month.setLabel(getTranslation("oversight.month"));
        month.setId("oversight-month");
        month.setItems(IntStream.range(0, 24).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        List<Optional<Jurisdictions.Covered>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        jurisdiction.tenants().forEach(t -> scopes.add(Optional.of(t)));
        scope.setLabel(getTranslation("oversight.scope"));
        scope.setId("oversight-scope");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> s.map(Jurisdictions.Covered::name)
                .orElse(getTranslation("oversight.scope.all", jurisdiction.district().get().name())));
        scope.setValue(Optional.empty());
        month.addValueChangeListener(change -> refresh());
        scope.addValueChangeListener(change -> refresh());
        CallerContext caller = CallerContext.capture();
        Anchor xlsx = new Anchor(export(caller, ExportFormat.XLSX), getTranslation("oversight.export.xlsx"));
        xlsx.setId("oversight-xlsx");
        Anchor pdf = new Anchor(export(caller, ExportFormat.PDF), getTranslation("oversight.export.pdf"));
        pdf.setId("oversight-pdf");
        HorizontalLayout bar = new HorizontalLayout(month, scope, xlsx, pdf);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        content.setId("oversight-content");
        content.setWidthFull();
        Paragraph note = new Paragraph(getTranslation("oversight.suppressed.note"));
        note.addClassName("hint");
        add(bar, note, content);
        refresh();
    }

    private TenantId chosenTenant() {
        return scope.getValue() == null ? null : scope.getValue().map(t -> TenantId.of(t.id())).orElse(null);
    }

    /** Downloads arrive in a request of their own: they act for the supervisor who opened this view. */
    private DownloadHandler export(CallerContext caller, ExportFormat format) {
        return event -> {
            TenantId tenant = chosenTenant();
            YearMonth period = month.getValue();
            Locale locale = getLocale();
            byte[] bytes;
            try {
                bytes = caller.call(() -> dashboards.export(tenant, period, format, locale));
            } catch (DomainException problem) {
                event.getResponse().setStatus(problem.kind() == ProblemKind.FORBIDDEN
                        ? 403 : 400);
                return;
            }
            String extension = format.name().toLowerCase(Locale.ROOT);
            event.setFileName("oversight-" + (tenant == null ? "overview" : "tenant-" + tenant.value()) + "-"
                    + period + "." + extension);
            event.setContentType(format == ExportFormat.XLSX
                    ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf");
            event.getOutputStream().write(bytes);
        };
    }

    private void refresh() {
        content.removeAll();
        Dashboard dashboard;
        try {
            TenantId tenant = chosenTenant();
            dashboard = tenant == null ? dashboards.overview(month.getValue())
                    : dashboards.tenant(tenant, month.getValue());
        } catch (DomainException problem) {
            UiErrors.show(problem);
            return;
        }
        Locale locale = getLocale();
        for (Dashboard.Table table : dashboard.tables()) {
            H3 heading = new H3(DashboardLabels.section(locale, table.section()));
            content.add(heading, grid(dashboard, table, locale), chart(table, locale));
        }
    }

    private Component grid(Dashboard dashboard, Dashboard.Table table, Locale locale) {
        Grid<Dashboard.Row> grid = new ListGrid<>();
        grid.setId("oversight-" + table.section());
        grid.addClassName("oversight-table");
        boolean overview = dashboard.tenantId() == null;
        grid.addComponentColumn(row -> rowLabel(row, overview, locale))
                .setHeader(getTranslation(overview ? "oversight.tenant" : "oversight.row")).setFlexGrow(2);
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            grid.addColumn(row -> row.cells().get(column).display())
                    .setHeader(DashboardLabels.measure(locale, table.section(), table.columns().get(c)))
                    .setTextAlign(ColumnTextAlign.END)
                    .setPartNameGenerator(row -> row.cells().get(column).suppressed() ? "suppressed" : null);
        }
        List<Dashboard.Row> rows = new ArrayList<>(table.rows());
        rows.add(table.total());
        grid.setItems(rows);
        grid.setPartNameGenerator(row -> "total".equals(row.key()) ? "total" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("oversight.empty-section"));
        return grid;
    }

    private Component rowLabel(Dashboard.Row row, boolean overview, Locale locale) {
        String label = DashboardLabels.row(locale, row);
        if (!overview || "total".equals(row.key())) {
            return new Span(label);
        }
        Button drill = new Button(label, click -> scope.getListDataView().getItems()
                .filter(s -> s.isPresent() && Long.toString(s.get().id()).equals(row.key())).findFirst()
                .ifPresent(scope::setValue));
        drill.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        drill.addClassName("oversight-drill");
        return drill;
    }

    /** The first column of the section as bars; suppressed cells are left out rather than drawn as a guess. */
    private Component chart(Dashboard.Table table, Locale locale) {
        Div chart = new Div();
        chart.addClassName("chart");
        chart.setWidthFull();
        if (table.columns().isEmpty()) {
            return chart;
        }
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Dashboard.Row row : table.rows()) {
            Dashboard.Cell cell = row.cells().get(0);
            if (!cell.suppressed() && cell.value() != null) {
                labels.add(DashboardLabels.row(locale, row));
                values.add(cell.value());
            }
        }
        if (labels.size() > 1) {
            String title = DashboardLabels.measure(locale, table.section(), table.columns().get(0));
            chart.add(new EChart(ChartOptions.of(title, labels).series(title, values)));
        }
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.oversight");
    }
}
