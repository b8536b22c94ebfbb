package org.linli.ui.storefront;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import org.linli.billing.checkout.SellerPayoutAccount;
import org.linli.billing.checkout.SellerPayouts;
import org.linli.billing.settlement.PayoutAccount;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.ui.components.UiErrors;
import org.linli.ui.security.ViewPermission;

/**
 * A seller's own payout account (收款账户, phone first): where the money of flea-market sales paid online goes after
 * the handover. Sales released while no account was registered are paid out as soon as one is.
 */
@Route(value = "me/payout-account", layout = StorefrontLayout.class)
@ViewPermission(Permissions.FLEA_TRADE)
public class PayoutAccountView extends Div implements HasDynamicTitle {

    private final SellerPayouts payouts;
    private final Paragraph current = new Paragraph();

    @Inject
    public PayoutAccountView(SellerPayouts payouts) {
        this.payouts = payouts;
        addClassName("me-view");
        add(new H2(getTranslation("payout-account.title")), new Paragraph(getTranslation("payout-account.intro")));
        current.setId("payout-account-current");
        TextField alipayUserId = new TextField(getTranslation("payout-account.alipay-user-id"));
        alipayUserId.setId("payout-account-alipay-user-id");
        alipayUserId.setPlaceholder("2088…");
        alipayUserId.setMaxLength(16);
        alipayUserId.setWidthFull();
        TextField holder = new TextField(getTranslation("payout-account.holder"));
        holder.setId("payout-account-holder");
        holder.setMaxLength(100);
        holder.setWidthFull();
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                payouts.register(new SellerPayouts.AccountCommand(alipayUserId.getValue(), holder.getValue()));
                UiErrors.success(getTranslation("payout-account.saved"));
                alipayUserId.clear();
                show();
            } catch (DomainException problem) {
                UiErrors.show(problem);
            }
        });
        save.setId("payout-account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        add(current, alipayUserId, holder, save);
        try {
            show();
        } catch (DomainException problem) {
            UiErrors.show(problem);
        }
    }

    private void show() {
        current.setText(payouts.mine().map(this::describe).orElse(getTranslation("payout-account.none")));
    }

    private String describe(SellerPayoutAccount account) {
        return getTranslation("payout-account.current", PayoutAccount.masked(account.alipayUserId()),
                account.holder());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payout-account.title") + " · " + getTranslation("app.name");
    }
}
