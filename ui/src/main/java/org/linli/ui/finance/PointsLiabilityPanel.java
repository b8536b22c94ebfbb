package org.linli.ui.finance;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.linli.tenants.points.PointsReports;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatCard;

import java.util.List;

/**
 * The points liability beside the money: points outstanding (what the tenant owes its members), issued, redeemed
 * and expired, and a chart and table of the outstanding points by month of expiry for the next twelve months.
 */
public class PointsLiabilityPanel extends Div {

    public PointsLiabilityPanel(PointsReports reports) {
        setId("points-liabilities");
        PointsReports.Liabilities l = reports.liabilities();
        Div stats = new Div(new StatCard(String.valueOf(l.outstanding()), getTranslation("finance.points.outstanding")),
                new StatCard(String.valueOf(l.issued()), getTranslation("finance.points.issued")),
                new StatCard(String.valueOf(l.redeemed()), getTranslation("finance.points.redeemed")),
                new StatCard(String.valueOf(l.expired()), getTranslation("finance.points.expired")));
        stats.addClassName("stat-cards");
        List<String> months = l.expiring().stream().map(m -> m.month().toString()).toList();
        EChart chart = new EChart(ChartOptions.of(getTranslation("finance.points.expiring"), months)
                .series(getTranslation("finance.points.expiring"),
                        l.expiring().stream().map(PointsReports.MonthExpiry::points).toList()));
        Grid<PointsReports.MonthExpiry> table = new ListGrid<>();
        table.setId("points-expiring");
        table.addColumn(m -> m.month().toString()).setHeader(getTranslation("finance.points.month"));
        table.addColumn(PointsReports.MonthExpiry::points).setHeader(getTranslation("finance.points.expiring"));
        table.setItems(l.expiring());
        table.setAllRowsVisible(true);
        add(new H3(getTranslation("finance.points.title")), stats, chart, table);
    }
}
