package org.linli.ui.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.linli.platform.i18n.Messages;
import org.linli.platform.money.Money;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.PricingModel;
import org.linli.tenants.orders.OrderAction;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderTransition;
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
        if (offering.pricing() == PricingModel.FIXED) {
            return offering.unitPrice().format();
        }
        return offering.unitPrice().format() + " / " + in.getTranslation("shop.unit." + key(offering.pricing()));
    }

    /** What the booking's count is called, after the unit the offering is priced in: 次数 or 月数. */
    public static String quantityKey(PricingModel pricing) {
        return pricing == PricingModel.PER_MONTH ? "shop.quantity.months"
                : "shop.quantity";
    }

    /**
     * The cancellation terms as the order service applies them: an appointment is free to cancel until the
     * offering's hours before it and costs its fee after; without an appointment (a parcel to the door, a permit)
     * cancelling before the service starts refunds in full; a parcel to the door also stays at the station.
     */
    public static String terms(Component in, Offering offering) {
        if (offering.isFree()) {
            return in.getTranslation("shop.policy.free");
        }
        if (offering.module() == org.linli.tenants.modules.Module.DELIVERY) {
            // A doorstep order follows its parcel: cancelling leaves the parcel at the station, code and all.
            return in.getTranslation("shop.policy.delivery");
        }
        if (!offering.needsSlot()) {
            return in.getTranslation("shop.policy.no-appointment");
        }
        if (offering.cancellation().fee().isZero()) {
            return in.getTranslation("shop.policy.no-fee");
        }
        return in.getTranslation("shop.policy", offering.cancellation().freeHours(),
                offering.cancellation().fee().format());
    }

    /**
     * Who took a step of an order, in words: a person's name, or what a system job stands for (支付宝 for the
     * gateway's confirmations), falling back to "system" for jobs without their own words.
     */
    public static String actor(Component in, OrderTransition step) {
        String actor = step.actor();
        if (actor == null || !actor.startsWith("system:")) {
            return step.actorName();
        }
        String key = "order.actor." + actor.substring("system:".length());
        Locale locale = UI.getCurrent() == null ? null
                : UI.getCurrent().getLocale();
        return Messages.has(locale, key) ? in.getTranslation(key)
                : in.getTranslation("order.actor.system");
    }

    public static String amount(Money money) {
        return money.format();
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
