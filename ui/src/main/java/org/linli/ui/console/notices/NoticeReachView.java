package org.linli.ui.console.notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.tenants.notices.BuildingReach;
import org.linli.tenants.notices.NoticeReach;
import org.linli.tenants.notices.NoticeService;
import org.linli.tenants.notices.ReminderResult;
import org.linli.tenants.notices.UnreachedHousehold;
import org.linli.ui.components.ChartOptions;
import org.linli.ui.components.EChart;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatCard;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * How far a notice reached: households that read and acknowledged it, in total and per building (a bar chart), the
 * households not reached yet with their residents' names as the privacy policy shows them, and a reminder to those
 * — in the app, once an hour at most; households with nobody in the app are counted as not reachable in the app.
 */
@Route(value = "notice-reach", layout = MainLayout.class)
@ViewPermission(Permissions.NOTICE_MANAGE)
public class NoticeReachView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NoticeService notices;
    private String title = "";

    @Inject
    public NoticeReachView(NoticeService notices) {
        this.notices = notices;
        addClassName("notice-reach");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(long id) {
        removeAll();
        NoticeService.NoticeView view;
        NoticeReach reach;
        try {
            view = notices.get(id);
            reach = notices.reach(id);
        } catch (DomainException problem) {
            add(new EmptyState(getTranslation("problem." + problem.code(), problem.args().toArray())));
            return;
        }
        title = view.notice().title();
        HorizontalLayout head = new HorizontalLayout(new H2(title), NoticeLabels.state(this, view.state()));
        head.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        Div stats = new Div(new StatCard(String.valueOf(reach.households()), getTranslation("notice.reach.households")),
                new StatCard(NoticeLabels.percent(reach.readRate()), getTranslation("notice.reach.read-rate")));
        if (reach.acknowledgementRequired()) {
            stats.add(new StatCard(NoticeLabels.percent(reach.acknowledgedRate()),
                    getTranslation("notice.reach.acknowledged-rate")));
        }
        stats.add(new StatCard(String.valueOf(reach.householdsUnreached()), getTranslation("notice.reach.unreached")),
                new StatCard(String.valueOf(reach.householdsNotReachable()),
                        getTranslation("notice.reach.not-in-app")));
        stats.addClassName("stat-cards");
        stats.setId("notice-reach-stats");
        add(head, stats, chart(reach), buildingGrid(reach), reminder(id, reach));
        add(new H3(getTranslation("notice.reach.unreached-list")), unreachedGrid(id));
    }

    private EChart chart(NoticeReach reach) {
        List<String> labels = reach.buildings().stream().map(BuildingReach::name).toList();
        ChartOptions options = ChartOptions.of(getTranslation("notice.reach.by-building"), labels)
                .series(getTranslation("notice.reach.households"),
                        reach.buildings().stream().map(b -> (long) b.households()).toList())
                .series(getTranslation("notice.reach.read"),
                        reach.buildings().stream().map(b -> (long) b.householdsRead()).toList());
        if (reach.acknowledgementRequired()) {
            options.series(getTranslation("notice.reach.acknowledged"),
                    reach.buildings().stream().map(b -> (long) b.householdsAcknowledged()).toList());
        }
        EChart chart = new EChart(options);
        chart.setId("notice-reach-chart");
        return chart;
    }

    private Grid<BuildingReach> buildingGrid(NoticeReach reach) {
        Grid<BuildingReach> grid = new ListGrid<>();
        grid.setId("notice-reach-buildings");
        grid.addColumn(BuildingReach::name).setHeader(getTranslation("notice.field.building"));
        grid.addColumn(BuildingReach::households).setHeader(getTranslation("notice.reach.households"));
        grid.addColumn(b -> b.householdsRead() + " · " + NoticeLabels.percent(b.readRate()))
                .setHeader(getTranslation("notice.reach.read"));
        if (reach.acknowledgementRequired()) {
            grid.addColumn(b -> b.householdsAcknowledged() + " · " + NoticeLabels.percent(b.acknowledgedRate()))
                    .setHeader(getTranslation("notice.reach.acknowledged"));
        }
        grid.addColumn(BuildingReach::householdsNotReachable).setHeader(getTranslation("notice.reach.not-in-app"));
        grid.setItems(reach.buildings());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div reminder(long id, NoticeReach reach) {
        Button remind = new Button(getTranslation("notice.remind"), click -> {
            try {
                ReminderResult result = notices.remind(id);
                UiErrors.success(getTranslation("notice.reminded", result.usersReminded(),
                        result.householdsReminded(), result.householdsNotReachable()));
                show(id);
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remind.setId("notice-remind");
        remind.setEnabled(reach.householdsUnreached() > 0);
        Span last = new Span(reach.remindedAt() == null ? getTranslation("notice.never-reminded")
                : getTranslation("notice.last-reminded", Formats.dateTime(reach.remindedAt())));
        Div area = new Div(remind, last);
        area.addClassName("notice-remind");
        return area;
    }

    private Grid<UnreachedHousehold> unreachedGrid(long id) {
        Grid<UnreachedHousehold> grid = new ListGrid<>();
        grid.setId("notice-unreached");
        grid.addColumn(UnreachedHousehold::building).setHeader(getTranslation("notice.field.building"));
        grid.addColumn(h -> h.address() == null ? "" : h.address()).setHeader(getTranslation("notice.field.address"))
                .setFlexGrow(2);
        grid.addColumn(h -> String.join("、", h.residents().stream().map(n -> n == null ? "***" : n).toList()))
                .setHeader(getTranslation("notice.field.residents")).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addComponentColumn(h -> h.reachableInApp()
                ? new StatusBadge(getTranslation("notice.in-app", h.residentsInApp()), StatusBadge.Tone.GOOD)
                : new StatusBadge(getTranslation("notice.not-in-app"), StatusBadge.Tone.ATTENTION))
                .setHeader(getTranslation("notice.field.app"));
        grid.setItems(query -> notices.unreached(id, new PageRequest(query.getPage(), query.getPageSize())).items()
                .stream(), query -> (int) notices.unreached(id, PageRequest.first(1)).total());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("notice.reach");
    }
}
