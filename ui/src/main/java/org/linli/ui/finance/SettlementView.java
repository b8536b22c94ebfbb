package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.settlement.BatchStatus;
import org.linli.billing.settlement.SettlementBatch;
import org.linli.billing.settlement.SettlementService;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.ui.components.EmptyState;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.security.ViewPermission;

import java.util.Locale;
import java.util.Map;

/**
 * Settlement for finance staff: the T+N cycle, drafting this cycle's batches, approving and paying them (failed
 * payouts are retried), and where every payee stands — including what a payee owes back after a late refund.
 */
@Route(value = "finance/settlements", layout = MainLayout.class)
@ViewPermission(Permissions.FINANCE_READ)
public class SettlementView extends VerticalLayout implements HasDynamicTitle {

    private final SettlementService settlement;
    private final Grid<SettlementBatch> batches = new Grid<>();
    private final Grid<SettlementService.PayeeBalance> balances = new Grid<>();
    private final boolean manages = CurrentUser.isPermitted(Permissions.FINANCE_MANAGE);

    @Inject
    public SettlementView(SettlementService settlement) {
        this.settlement = settlement;
        addClassName("list-view");
        add(new H2(getTranslation("settlement.title")));
        if (TenantContext.current().isEmpty()) {
            add(new EmptyState(getTranslation("users.choose-tenant")));
            return;
        }
        add(cycle(), new H3(getTranslation("settlement.batches")), batchGrid(),
                new H3(getTranslation("settlement.balances")), balanceGrid());
        refresh();
    }

    private Component cycle() {
        IntegerField days = new IntegerField(getTranslation("settlement.days"));
        days.setValue(settlement.terms().settleAfterDays());
        days.setMin(0);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("settlement.days.help"));
        days.setId("settlement-days");
        days.setReadOnly(!manages);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                settlement.changeTerms(days.getValue() == null ? -1 : days.getValue());
                UiErrors.success(getTranslation("settlement.days.saved"));
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("settleAfterDays", days));
            }
        });
        save.setVisible(manages);
        Button draft = new Button(getTranslation("settlement.draft"), VaadinIcon.FILE_ADD.create(), click -> {
            try {
                int count = settlement.draft().size();
                UiErrors.success(getTranslation("settlement.drafted", count));
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.setId("settlement-draft");
        draft.setVisible(manages);
        HorizontalLayout row = new HorizontalLayout(days, save, draft);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Component batchGrid() {
        batches.setId("settlement-batches");
        batches.addColumn(SettlementBatch::requestNo).setHeader(getTranslation("settlement.number"));
        batches.addColumn(b -> AccountLabels.label(this, LedgerAccount.of(b.account())))
                .setHeader(getTranslation("settlement.payee")).setFlexGrow(2);
        batches.addColumn(b -> b.amount().format()).setHeader(getTranslation("settlement.amount"));
        batches.addColumn(b -> Formats.dateTime(b.cutOff())).setHeader(getTranslation("settlement.cut-off"));
        batches.addComponentColumn(b -> new StatusBadge(getTranslation("settlement.status."
                + b.status().name().toLowerCase(Locale.ROOT)) + (b.failureReason() == null ? ""
                : "（" + b.failureReason() + "）"), switch (b.status()) {
                    case PAID -> StatusBadge.Tone.GOOD;
                    case FAILED -> StatusBadge.Tone.ATTENTION;
                    default -> StatusBadge.Tone.NEUTRAL;
                })).setHeader(getTranslation("settlement.status"));
        batches.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        batches.setAllRowsVisible(true);
        batches.setEmptyStateText(getTranslation("settlement.batches.empty"));
        return batches;
    }

    private Component actions(SettlementBatch batch) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (!manages) {
            return buttons;
        }
        if (batch.status() == BatchStatus.DRAFT) {
            buttons.add(small("settlement.approve", batch, () -> settlement.approve(batch.id())));
        } else if (batch.status() == BatchStatus.APPROVED || batch.status() == BatchStatus.FAILED) {
            buttons.add(small(batch.status() == BatchStatus.FAILED ? "settlement.retry" : "settlement.pay", batch,
                    () -> settlement.pay(batch.id())));
        }
        return buttons;
    }

    private Button small(String key, SettlementBatch batch, Runnable action) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                action.run();
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("batch-" + batch.id() + "-" + key.substring(key.indexOf('.') + 1));
        return button;
    }

    private Component balanceGrid() {
        balances.setId("settlement-balances");
        balances.addColumn(b -> AccountLabels.label(this, LedgerAccount.of(b.account())))
                .setHeader(getTranslation("settlement.payee")).setFlexGrow(2);
        balances.addColumn(b -> b.earned().format()).setHeader(getTranslation("settlement.earned"));
        balances.addColumn(b -> b.paid().format()).setHeader(getTranslation("settlement.paid"));
        balances.addColumn(b -> b.outstanding().isNegative()
                ? getTranslation("settlement.owes", Money.fen(-b.outstanding().fen()).format())
                : b.outstanding().format()).setHeader(getTranslation("settlement.outstanding"));
        balances.setAllRowsVisible(true);
        balances.setEmptyStateText(getTranslation("ledger.empty"));
        return balances;
    }

    private void refresh() {
        batches.setItems(settlement.batches());
        balances.setItems(settlement.balances());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.title") + " · " + getTranslation("app.name");
    }
}
