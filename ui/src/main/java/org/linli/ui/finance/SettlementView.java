package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import org.linli.billing.settlement.BatchStatus;
import org.linli.billing.settlement.Payee;
import org.linli.billing.settlement.PayoutAccount;
import org.linli.billing.settlement.PayoutAccountService;
import org.linli.billing.settlement.SettlementBatch;
import org.linli.billing.settlement.SettlementService;
import org.linli.billing.settlement.SettlementTermsService;
import org.linli.billing.settlement.StatementPdf;
import org.linli.platform.application.PageRequest;
import org.linli.platform.i18n.Messages;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.tenancy.TenantContext;
import org.linli.platform.tenancy.TenantService;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.ui.components.FieldErrors;
import org.linli.ui.components.Formats;
import org.linli.ui.components.ListGrid;
import org.linli.ui.components.StatusBadge;
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settlement for finance staff: the T+N cycle, drafting this cycle's batches, approving and paying them (failed
 * payouts are retried), and where every payee stands — including what a payee owes back after a late refund.
 */
@Route(value = "finance/settlements", layout = MainLayout.class)
@ViewPermission(Permissions.FINANCE_READ)
public class SettlementView extends VerticalLayout implements HasDynamicTitle {

    private final SettlementService settlement;
    private final SettlementTermsService settlementTerms;
    private final PayoutAccountService payoutAccounts;
    private final TenantService tenants;
    private final ListGrid<SettlementBatch> batches = new ListGrid<>();
    private final Grid<SettlementService.PayeeBalance> balances = new ListGrid<>();
    private final boolean manages = CurrentUser.isPermitted(Permissions.FINANCE_MANAGE);
    private Map<String, String> accounts = Map.of();
    private Map<Long, String> payeeNames = Map.of();

    @Inject
    public SettlementView(SettlementService settlement, SettlementTermsService settlementTerms,
                          PayoutAccountService payoutAccounts, TenantService tenants) {
        this.settlement = settlement;
        this.settlementTerms = settlementTerms;
        this.payoutAccounts = payoutAccounts;
        this.tenants = tenants;
        addClassName("list-view");
        add(new H2(getTranslation("settlement.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        add(cycle(), new H3(getTranslation("settlement.batches")), batchGrid(),
                new H3(getTranslation("settlement.balances")), balanceGrid());
        refresh();
    }

    private Component cycle() {
        IntegerField days = new IntegerField(getTranslation("settlement.days"));
        days.setValue(settlementTerms.terms().settleAfterDays());
        days.setMin(0);
        days.setMax(90);
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("settlement.days.help"));
        days.setId("settlement-days");
        days.setReadOnly(!manages);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                settlementTerms.changeTerms(days.getValue() == null ? -1 : days.getValue());
                UiErrors.success(getTranslation("settlement.days.saved"));
            } catch (DomainException problem) {
                FieldErrors.show(problem, Map.of("settleAfterDays", days));
            }
        });
        save.setVisible(manages);
        Button draft = new Button(getTranslation("settlement.draft"), VaadinIcon.FILE_ADD.create(),
                click -> draft());
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        draft.setId("settlement-draft");
        draft.setVisible(manages);
        HorizontalLayout row = new HorizontalLayout(days, save, draft);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void draft() {
        try {
            int count = settlement.draft().size();
            UiErrors.success(getTranslation("settlement.drafted", count));
            refresh();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private Component batchGrid() {
        batches.setId("settlement-batches");
        batches.addColumn(SettlementBatch::requestNo).setHeader(getTranslation("settlement.number"));
        batches.addColumn(b -> payee(b.account(), b.providerId()))
                .setHeader(getTranslation("settlement.payee")).setFlexGrow(2);
        batches.addColumn(b -> b.amount().format()).setHeader(getTranslation("settlement.amount"));
        batches.addColumn(b -> Formats.dateTime(b.cutOff())).setHeader(getTranslation("settlement.cut-off"));
        batches.addComponentColumn(b -> new StatusBadge(getTranslation("settlement.status."
                + b.status().name().toLowerCase(Locale.ROOT)) + (b.failureReason() == null ? ""
                : "（" + reason(b.failureReason()) + "）"), switch (b.status()) {
                    case PAID -> StatusBadge.Tone.GOOD;
                    case FAILED -> StatusBadge.Tone.ATTENTION;
                    default -> StatusBadge.Tone.NEUTRAL;
                })).setHeader(getTranslation("settlement.status"));
        batches.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        batches.setAllRowsVisible(true);
        Button draftFirst = new Button(getTranslation("settlement.draft"), click -> draft());
        draftFirst.setVisible(manages);
        batches.setEmptyState(getTranslation("settlement.batches.empty"), draftFirst);
        return batches;
    }

    private Component actions(SettlementBatch batch) {
        HorizontalLayout buttons = new HorizontalLayout();
        Anchor statement = new Anchor((DownloadHandler) event -> {
            event.setFileName("statement-" + batch.requestNo() + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(StatementPdf.of(settlement.statement(batch.id()),
                    tenantName(), getLocale()));
        }, getTranslation("settlement.statement"));
        statement.setId("batch-" + batch.id() + "-statement");
        buttons.add(statement);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
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
        balances.addColumn(b -> payee(b.account(), b.providerId()))
                .setHeader(getTranslation("settlement.payee")).setFlexGrow(2);
        balances.addColumn(b -> b.earned().format()).setHeader(getTranslation("settlement.earned"));
        balances.addColumn(b -> b.paid().format()).setHeader(getTranslation("settlement.paid"));
        balances.addColumn(b -> b.outstanding().isNegative()
                ? getTranslation("settlement.owes", Money.fen(-b.outstanding().fen()).format())
                : b.outstanding().format()).setHeader(getTranslation("settlement.outstanding"));
        balances.addColumn(b -> accounts.getOrDefault(key(b.payee(), b.providerId()), ""))
                .setHeader(getTranslation("settlement.payout-account")).setFlexGrow(2);
        balances.addComponentColumn(this::accountAction).setAutoWidth(true).setFlexGrow(0);
        balances.setAllRowsVisible(true);
        balances.setEmptyStateText(getTranslation("ledger.empty"));
        return balances;
    }

    private Component accountAction(SettlementService.PayeeBalance balance) {
        if (!manages) {
            return new HorizontalLayout();
        }
        Button edit = new Button(getTranslation("settlement.payout-account.edit"), click -> editAccount(balance));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setId("payee-" + (balance.providerId() == null ? "tenant" : balance.providerId()) + "-account");
        return edit;
    }

    /** Where the payee receives its money: its Alipay user id and the holder's name. */
    private void editAccount(SettlementService.PayeeBalance balance) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("settlement.payout-account") + " · "
                + payee(balance.account(), balance.providerId()));
        TextField alipay = new TextField(getTranslation("settlement.payout-account.alipay"));
        alipay.setId("payout-alipay");
        alipay.setHelperText(getTranslation("settlement.payout-account.alipay.help"));
        TextField holder = new TextField(getTranslation("settlement.payout-account.holder"));
        holder.setId("payout-holder");
        ProviderId provider = balance.providerId() == null ? null : new ProviderId(balance.providerId());
        Optional<PayoutAccount> current = payoutAccounts.list().stream()
                .filter(a -> a.payee() == balance.payee() && Objects.equals(a.providerId(),
                        balance.providerId()))
                .findFirst();
        current.filter(PayoutAccount::inForce).ifPresent(a -> {
            alipay.setValue(a.alipayUserId());
            holder.setValue(a.holder());
        });
        Button save = new Button(getTranslation("settlement.payout-account.propose"), click -> act(dialog,
                () -> payoutAccounts.propose(balance.payee(), provider, alipay.getValue(),
                        holder.getValue()), Map.of("alipayUserId", alipay, "holder", holder)));
        current.flatMap(a -> a.pendingAlipayUserId().map(pending -> a)).ifPresent(a -> {
            Span proposal = new Span(getTranslation("settlement.payout-account.pending",
                    a.pendingAlipayUserId().orElse(""), a.pendingHolder(), a.proposedBy()));
            proposal.setId("payout-pending");
            Button confirm = new Button(getTranslation("settlement.payout-account.confirm"), click -> act(dialog,
                    () -> payoutAccounts.confirm(balance.payee(), provider), Map.of()));
            confirm.setId("payout-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button withdraw = new Button(getTranslation("settlement.payout-account.withdraw"), click -> act(dialog,
                    () -> payoutAccounts.withdraw(balance.payee(), provider), Map.of()));
            withdraw.setId("payout-withdraw");
            dialog.add(new Div(proposal), new Div(confirm, withdraw));
        });
        save.setId("payout-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(alipay, holder));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Runs a payout-account step; closes the dialog when it holds, else shows why (inline or as a notice). */
    private void act(Dialog dialog, Runnable step, Map<String, ? extends HasValidation> fields) {
        try {
            step.run();
            dialog.close();
            refresh();
        } catch (DomainException problem) {
            if (problem.fieldErrors().isEmpty()) {
                UiErrors.show(problem);
            } else {
                FieldErrors.show(problem, fields);
            }
        }
    }

    private String tenantName() {
        return tenants.currentName();
    }

    /** The gateway's reason in words where it is one of ours (payout_account_missing …), else as the gateway said. */
    private String reason(String code) {
        return Messages.has(getLocale(), "problem." + code)
                ? getTranslation("problem." + code) : code;
    }

    /** A provider by its name; the tenant (or a provider no longer on file) by what its account is for. */
    private String payee(String account, Long providerId) {
        String name = providerId == null ? null : payeeNames.get(providerId);
        return name != null ? name : AccountLabels.label(this, LedgerAccount.of(account));
    }

    private static String key(Payee payee, Long providerId) {
        return payee + ":" + providerId;
    }

    private void refresh() {
        payeeNames = settlement.payeeNames();
        batches.setItems(query -> settlement.batches(new PageRequest(query.getPage(), query.getPageSize())).items()
                        .stream(),
                query -> (int) settlement.batches(PageRequest.first(1)).total());
        accounts = new HashMap<>();
        payoutAccounts.list().forEach(a -> accounts.put(key(a.payee(), a.providerId()),
                (a.inForce() ? a.alipayUserId() + " " + a.holder() : "")
                        + a.pendingAlipayUserId().map(pending -> " · " + getTranslation(
                        "settlement.payout-account.awaiting", pending)).orElse("")));
        balances.setItems(settlement.balances());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.title") + " · " + getTranslation("app.name");
    }
}
