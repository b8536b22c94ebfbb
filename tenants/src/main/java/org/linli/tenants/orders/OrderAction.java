package org.linli.tenants.orders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What can be done to an order, by whom. The path name is the action's URL segment
 * ({@code POST /orders/{id}/request-refund}).
 */
public enum OrderAction {
    PAY(OrderParty.RESIDENT),
    ACCEPT(OrderParty.PROVIDER),
    DECLINE(OrderParty.PROVIDER),
    START(OrderParty.PROVIDER),
    COMPLETE(OrderParty.PROVIDER),
    REVIEW(OrderParty.RESIDENT),
    CANCEL(OrderParty.RESIDENT, OrderParty.OPERATOR),
    REQUEST_REFUND(OrderParty.RESIDENT),
    REFUND(OrderParty.OPERATOR),
    REJECT_REFUND(OrderParty.OPERATOR),
    /** Nobody's to choose: the payment timeout passed with the order unpaid (the payment gateway's job). */
    EXPIRE;

    private final Set<OrderParty> parties;

    OrderAction(OrderParty... parties) {
        this.parties = Set.of(parties);
    }

    public boolean allows(OrderParty party) {
        return parties.contains(party);
    }

    public String pathName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OrderAction> ofPath(String name) {
        return Arrays.stream(values()).filter(action -> action.pathName().equals(name)).findFirst();
    }
}
