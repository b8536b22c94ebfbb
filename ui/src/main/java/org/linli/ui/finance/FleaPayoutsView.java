package org.linli.ui.finance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.checkout.CheckoutBooks;
import org.linli.billing.checkout.FleaFeeTerms;
import org.linli.billing.checkout.FleaHold;
import org.linli.billing.checkout.HoldStatus;
import org.linli.billing.checkout.PayoutState;
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
import org.linli.ui.components.UiErrors;
import org.linli.ui.console.MainLayout;
import org.linli.ui.console.TenantPicker;
import org.linli.ui.security.ViewPermission;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Flea-market money for finance (闲置交易资金): purchases paid online, held until the handover, released to the
 * seller less the platform fee and paid out to the seller's Alipay account; payouts that wait (no payout account, or
 * refused by the gateway) show why and can be paid again. Finance staff also set the tenant's platform fee here.
 */
@Route(value = "finance/flea-payouts", layout = MainLayout.class)
@ViewPermission(Permissions.FINANCE_READ)
public class FleaPayoutsView extends VerticalLayout implements HasDynamicTitle {

    private final CheckoutBooks books;
    private final Grid<FleaHold> holds = new ListGrid<>();
    private final Checkbox onlyWaiting = new Checkbox();
    private final boolean manages = CurrentUser.isPermitted(Permissions.FINANCE_MANAGE);
    /** The sellers' (masked) names of the holds fetched so far, by resident id. */
    private final Map<Long, String> sellers = new HashMap<>();

    @Inject
    public FleaPayoutsView(CheckoutBooks books) {
        this.books = books;
        addClassName("list-view");
        add(new H2(getTranslation("flea-payouts.title")));
        if (TenantContext.current().isEmpty()) {
            add(TenantPicker.inPlace());
            return;
        }
        if (manages) {
            add(new H3(getTranslation("flea-payouts.fee")), feeBar());
        }
        onlyWaiting.setLabel(getTranslation("flea-payouts.only-waiting"));
        onlyWaiting.setId("flea-payouts-only-waiting");
        onlyWaiting.addValueChangeListener(change -> refresh());
        holds.setId("flea-holds");
        holds.addColumn(h -> "#" + h.reservationId()).setHeader(getTranslation("flea-payouts.reservation"));
        holds.addColumn(h -> sellers.getOrDefault(h.sellerResidentId(), ""))
                .setHeader(getTranslation("flea-payouts.seller"));
        holds.addColumn(h -> Formats.dateTime(h.heldAt())).setHeader(getTranslation("flea-payouts.paid-at"));
        holds.addColumn(h -> h.amount().format()).setHeader(getTranslation("flea-payouts.amount"));
        holds.addColumn(h -> money(h.refunded())).setHeader(getTranslation("flea-payouts.refunded"));
        holds.addColumn(h -> money(h.fee())).setHeader(getTranslation("flea-payouts.fee-taken"));
        holds.addColumn(h -> money(h.sellerPart())).setHeader(getTranslation("flea-payouts.seller-part"));
        holds.addComponentColumn(this::status).setHeader(getTranslation("flea-payouts.status")).setAutoWidth(true);
        holds.addColumn(this::payout).setHeader(getTranslation("flea-payouts.payout")).setFlexGrow(2);
        holds.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        holds.setAllRowsVisible(true);
        holds.setEmptyStateText(getTranslation("flea-payouts.empty"));
        add(onlyWaiting, holds);
        refresh();
    }

    private Component feeBar() {
        FleaFeeTerms terms = books.fleaFee();
        NumberField percent = new NumberField(getTranslation("flea-payouts.fee-percent"));
        percent.setId("flea-fee-percent");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStep(0.01);
        percent.setValue(terms.percentBasisPoints() / 100.0);
        IntegerField fixed = new IntegerField(getTranslation("flea-payouts.fee-fixed"));
        fixed.setId("flea-fee-fixed");
        fixed.setMin(0);
        fixed.setValue((int) terms.fixedFen());
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                int basisPoints = (int) Math.round((percent.getValue() == null ? 0 : percent.getValue()) * 100);
                long fen = fixed.getValue() == null ? 0 : fixed.getValue();
                books.setFleaFee(new FleaFeeTerms(basisPoints, fen));
                UiErrors.success(getTranslation("flea-payouts.fee-saved"));
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.setId("flea-fee-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(percent, fixed, save);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component status(FleaHold hold) {
        String text = getTranslation("flea-payouts.status." + hold.status().name().toLowerCase(Locale.ROOT));
        return new StatusBadge(text, hold.status() == HoldStatus.HELD ? StatusBadge.Tone.NEUTRAL
                : hold.status() == HoldStatus.RELEASED ? StatusBadge.Tone.GOOD : StatusBadge.Tone.ATTENTION);
    }

    private String payout(FleaHold hold) {
        String state = getTranslation("flea-payouts.payout." + hold.payout().name().toLowerCase(Locale.ROOT));
        if (hold.payout() == PayoutState.WAITING && hold.payoutReason() != null) {
            return state + "：" + reason(hold.payoutReason());
        }
        return hold.payoutReference() == null ? state : state + "（" + hold.payoutReference() + "）";
    }

    /** Why a payout waits: ours in words, the gateway's own codes as they came. */
    private String reason(String code) {
        return KNOWN_REASONS.contains(code) ? getTranslation("flea-payouts.reason." + code.replace('_', '-')) : code;
    }

    private static final Set<String> KNOWN_REASONS = Set.of("payout_account_missing",
            "gateway_unavailable", "payment_gateway_not_configured", "payout_trades_short");

    private Component actions(FleaHold hold) {
        if (!manages || hold.status() != HoldStatus.RELEASED || hold.payout() != PayoutState.WAITING) {
            return new HorizontalLayout();
        }
        Button retry = new Button(getTranslation("flea-payouts.retry"), click -> {
            try {
                FleaHold done = books.retryPayout(hold.reservationId());
                if (done.payout() == PayoutState.PAID) {
                    UiErrors.success(getTranslation("flea-payouts.paid-out"));
                } else {
                    UiErrors.success(payout(done));
                }
                refresh();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        retry.setId("flea-hold-" + hold.reservationId() + "-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return retry;
    }

    private static String money(Money amount) {
        return amount.isZero() ? "—" : amount.format();
    }

    private void refresh() {
        PayoutState filter = onlyWaiting.getValue() ? PayoutState.WAITING : null;
        holds.setItems(query -> {
            List<FleaHold> page = books.holds(filter, new PageRequest(query.getPage(), query.getPageSize())).items();
            sellers.putAll(books.sellerNames(page.stream().map(FleaHold::sellerResidentId)
                    .filter(Objects::nonNull).toList()));
            return page.stream();
        },
                query -> (int) books.holds(filter, PageRequest.first(1)).total());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flea-payouts.title") + " · " + getTranslation("app.name");
    }
}
