package org.linli.ui.console.devices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.platform.application.PageRequest;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.devices.ActivityConcern;
import org.linli.tenants.devices.ElderActivity;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.List;

/**
 * The no-activity alerts of elders living alone, for the control room, grid workers (their grids) and the elder-care
 * provider's staff (their clients): whose home has been still since when, who acknowledged it, the case it became.
 * Each open one can be acknowledged with a note; device staff may also check every home at once.
 */
@Route(value = "activity-concerns", layout = MainLayout.class)
@ViewPermission(Permissions.DEVICE_ACKNOWLEDGE)
public class ActivityConcernsView extends VerticalLayout implements HasDynamicTitle {

    private final ElderActivity activity;
    private final ListGrid<ElderActivity.ConcernView> grid = new ListGrid<>();
    private final Checkbox currentOnly = new Checkbox();

    @Inject
    public ActivityConcernsView(ElderActivity activity) {
        this.activity = activity;
        addClassName("list-view");
        setSizeFull();
        add(new H2(getTranslation("activity.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        currentOnly.setLabel(getTranslation("activity.current-only"));
        currentOnly.setValue(false);
        currentOnly.setId("activity-current-only");
        currentOnly.addValueChangeListener(e -> refresh());
        HorizontalLayout tools = new HorizontalLayout(currentOnly);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (CurrentUser.isPermitted(Permissions.DEVICE_MANAGE)) {
            Button sweep = new Button(getTranslation("activity.sweep"), click -> {
                ElderActivity.Sweep done = activity.sweep();
                UiErrors.success(getTranslation("activity.sweep.done", done.watched(), done.raised(),
                        done.escalated(), done.resolved()));
                refresh();
            });
            sweep.setId("activity-sweep");
            tools.add(sweep);
        }
        grid.setId("activity-concerns");
        grid.addColumn(ElderActivity.ConcernView::elderName).setHeader(getTranslation("activity.elder"))
                .setAutoWidth(true);
        grid.addColumn(ElderActivity.ConcernView::address).setHeader(getTranslation("activity.address"))
                .setFlexGrow(2);
        grid.addColumn(v -> Formats.dateTime(v.concern().silentSince()))
                .setHeader(getTranslation("activity.silent-since")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.concern().raisedAt())).setHeader(getTranslation("activity.raised"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> state(v.concern())).setHeader(getTranslation("activity.state"))
                .setAutoWidth(true);
        grid.addColumn(this::outcome).setFlexGrow(ListGrid.LONG_TEXT);
        grid.addComponentColumn(this::acknowledgeButton).setAutoWidth(true);
        grid.setEmptyState(getTranslation("activity.empty"));
        add(new Paragraph(getTranslation("activity.rule.help")), tools, grid);
        refresh();
    }

    private StatusBadge state(ActivityConcern concern) {
        return new StatusBadge(getTranslation("activity.state." + concern.state().name()),
                switch (concern.state()) {
                    case OPEN, ESCALATED -> StatusBadge.Tone.ATTENTION;
                    case ACKNOWLEDGED -> StatusBadge.Tone.GOOD;
                    case RESOLVED -> StatusBadge.Tone.NEUTRAL;
                });
    }

    private String outcome(ElderActivity.ConcernView view) {
        ActivityConcern c = view.concern();
        StringBuilder text = new StringBuilder();
        if (view.acknowledgeBy() != null) {
            text.append(getTranslation("activity.acknowledge-by", Formats.dateTime(view.acknowledgeBy())));
        }
        if (c.acknowledgedAt() != null) {
            text.append(c.acknowledgeNote() == null
                    ? getTranslation("activity.acknowledged-by.no-note", c.acknowledgedName(),
                    Formats.dateTime(c.acknowledgedAt()))
                    : getTranslation("activity.acknowledged-by", c.acknowledgedName(),
                    Formats.dateTime(c.acknowledgedAt()), c.acknowledgeNote()));
        }
        if (c.caseId() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("activity.case", c.caseId()));
        }
        return text.toString();
    }

    private Button acknowledgeButton(ElderActivity.ConcernView view) {
        Button button = new Button(getTranslation("activity.acknowledge"), click -> TextDialog.ask(
                getTranslation("activity.acknowledge.title", view.elderName()),
                getTranslation("activity.acknowledge.note"), getTranslation("activity.acknowledge.placeholder"),
                getTranslation("activity.acknowledge.ok"), ButtonVariant.LUMO_PRIMARY, note -> {
                    activity.acknowledge(view.concern().id(), note);
                    UiErrors.success(getTranslation("activity.acknowledge.done"));
                    refresh();
                }));
        button.setId("acknowledge-" + view.concern().id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setVisible(view.concern().state().isCurrent() && view.concern().acknowledgedAt() == null);
        return button;
    }

    private void refresh() {
        List<ElderActivity.ConcernView> concerns = activity.concerns(currentOnly.getValue(),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        grid.setItems(concerns);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.title") + " · " + getTranslation("app.name");
    }
}
