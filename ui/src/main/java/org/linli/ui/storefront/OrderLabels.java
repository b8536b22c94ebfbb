package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import org.linli.platform.money.Money;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.services.Offering;
import org.linli.ui.components.StatusBadge;

import java.util.Locale;

/** The words and colours of orders and offerings, shared by the storefront and the consoles. */
public final class OrderLabels {

    private OrderLabels() {
    }

    public static StatusBadge status(Component in, OrderStatus status) {
        StatusBadge badge = new StatusBadge(in.getTranslation("order.status." + key(status)), switch (status) {
            case PLACED, REFUND_REQUESTED -> StatusBadge.Tone.ATTENTION;
            case PAID, ACCEPTED, IN_SERVICE, COMPLETED, REVIEWED -> StatusBadge.Tone.GOOD;
            case CANCELLED, REFUNDED -> StatusBadge.Tone.NEUTRAL;
        });
        badge.addClassName("order-status");
        return badge;
    }

    public static String action(Component in, OrderAction action) {
        return in.getTranslation("order.action." + action.pathName());
    }

    /** {@code ¥50.00 / 小时}: the unit price with what it is per. */
    public static String price(Component in, Offering offering) {
        if (offering.isFree()) {
            return in.getTranslation("shop.free");
        }
        if (offering.pricing() == org.linli.tenants.services.PricingModel.FIXED) {
            return offering.unitPrice().format();
        }
        return offering.unitPrice().format() + " / " + in.getTranslation("shop.unit." + key(offering.pricing()));
    }

    public static String amount(Money money) {
        return money.format();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
