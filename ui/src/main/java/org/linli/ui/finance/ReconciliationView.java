package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.reconciliation.Discrepancy;
import org.linli.billing.reconciliation.ReconciliationRun;
import org.linli.billing.reconciliation.ReconciliationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.TextDialog;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Reconciliation (对账) for finance: reconcile a day against the gateway's bill, see each run (bill lines, matched,
 * net on both sides, clean or not) and work the queue of discrepancies, resolving each with a note.
 */
@Route(value = "finance/reconciliation", layout = MainLayout.class)
@ViewPermission(Permissions.FINANCE_READ)
public class ReconciliationView extends VerticalLayout implements HasDynamicTitle {

    private final ReconciliationService reconciliation;
    private final Grid<ReconciliationRun> runs = new ListGrid<>();
    private final ListGrid<Discrepancy> queue = new ListGrid<>();
    private final Checkbox showResolved = new Checkbox();
    private final boolean manages = CurrentUser.isPermitted(Permissions.FINANCE_MANAGE);

    @Inject
    public ReconciliationView(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
        addClassName("list-view");
        add(new H2(getTranslation("reconciliation.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        DatePicker day = new DatePicker(getTranslation("reconciliation.day"), LocalDate.now(ChinaTime.ZONE));
        day.setId("reconciliation-day");
        day.setMax(LocalDate.now(ChinaTime.ZONE));
        Button run = new Button(getTranslation("reconciliation.run"), click -> {
            try {
                ReconciliationRun done = reconciliation.run(day.getValue());
                if (done.clean()) {
                    UiErrors.success(getTranslation("reconciliation.clean", done.matched()));
                } else {
                    UiErrors.success(getTranslation("reconciliation.found", done.openDiscrepancies()));
                }
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        run.setId("reconciliation-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(manages);
        HorizontalLayout bar = new HorizontalLayout(day, run);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        runs.setId("reconciliation-runs");
        runs.addColumn(r -> r.day().toString()).setHeader(getTranslation("reconciliation.day"));
        runs.addColumn(r -> Formats.dateTime(r.ranAt()) + " " + r.ranBy()).setHeader(getTranslation("reconciliation.ran"))
                .setFlexGrow(2);
        runs.addColumn(ReconciliationRun::billLines).setHeader(getTranslation("reconciliation.lines"));
        runs.addColumn(ReconciliationRun::matched).setHeader(getTranslation("reconciliation.matched"));
        runs.addColumn(r -> r.gatewayNet().format()).setHeader(getTranslation("reconciliation.gateway-net"));
        runs.addColumn(r -> r.oursNet().format()).setHeader(getTranslation("reconciliation.ours-net"));
        runs.addComponentColumn(r -> r.clean()
                ? new StatusBadge(getTranslation("reconciliation.status.clean"), StatusBadge.Tone.GOOD)
                : new StatusBadge(getTranslation("reconciliation.status.open", r.openDiscrepancies()),
                StatusBadge.Tone.ATTENTION)).setHeader(getTranslation("reconciliation.status"));
        runs.setAllRowsVisible(true);
        runs.setEmptyStateText(getTranslation("reconciliation.no-runs"));

        showResolved.setLabel(getTranslation("reconciliation.show-resolved"));
        showResolved.addValueChangeListener(change -> refresh());
        queue.setId("reconciliation-queue");
        queue.addColumn(d -> d.day().toString()).setHeader(getTranslation("reconciliation.day"));
        queue.addColumn(d -> getTranslation("reconciliation.kind." + d.kind().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'))).setHeader(getTranslation("reconciliation.kind"));
        queue.addColumn(d -> d.tradeNumber() + (d.requestNo() == null ? "" : " / " + d.requestNo()))
                .setHeader(getTranslation("reconciliation.trade")).setFlexGrow(2);
        queue.addColumn(d -> money(d.gateway())).setHeader(getTranslation("reconciliation.gateway"));
        queue.addColumn(d -> money(d.ours())).setHeader(getTranslation("reconciliation.ours"));
        queue.addColumn(d -> getTranslation("reconciliation.detail." + d.detail().replace('_', '-')))
                .setHeader(getTranslation("reconciliation.detail")).setFlexGrow(ListGrid.LONG_TEXT);
        queue.addColumn(d -> d.open() ? "" : d.resolution() + "（" + d.resolvedBy() + "）")
                .setHeader(getTranslation("reconciliation.resolution")).setFlexGrow(ListGrid.LONG_TEXT);
        queue.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        queue.setAllRowsVisible(true);
        queue.setEmptyState(getTranslation("reconciliation.queue-empty"));

        add(bar, runs, new HorizontalLayout(new H3(getTranslation("reconciliation.queue")), showResolved), queue);
        refresh();
    }

    private Component actions(Discrepancy discrepancy) {
        if (!manages || !discrepancy.open()) {
            return new HorizontalLayout();
        }
        Button resolve = new Button(getTranslation("reconciliation.resolve"), click -> TextDialog.ask(
                getTranslation("reconciliation.resolve"), getTranslation("reconciliation.note"), null,
                getTranslation("action.save"), ButtonVariant.LUMO_PRIMARY, note -> {
                    reconciliation.resolve(discrepancy.id(), note);
                    refresh();
                }));
        resolve.setId("discrepancy-" + discrepancy.id() + "-resolve");
        resolve.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return resolve;
    }

    private static String money(Money amount) {
        return amount == null ? "—" : amount.format();
    }

    private void refresh() {
        runs.setItems(query -> reconciliation.runs(new PageRequest(query.getPage(), query.getPageSize())).items()
                        .stream(),
                query -> (int) reconciliation.runs(PageRequest.first(1)).total());
        boolean resolved = showResolved.getValue();
        queue.setItems(query -> reconciliation.discrepancies(resolved,
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) reconciliation.discrepancies(resolved, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reconciliation.title") + " · " + getTranslation("app.name");
    }
}
