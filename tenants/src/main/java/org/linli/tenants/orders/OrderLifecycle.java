package org.linli.tenants.orders;

import org.linli.platform.problem.DomainException;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order state machine, and nothing else:
 * <pre>
 * PLACED ─pay→ PAID ─accept→ ACCEPTED ─start→ IN_SERVICE ─complete→ COMPLETED ─review→ REVIEWED
 * PLACED, PAID, ACCEPTED ─cancel→ CANCELLED          PAID ─decline→ CANCELLED      PLACED ─expire→ CANCELLED
 * PAID, ACCEPTED, COMPLETED ─request-refund→ REFUND_REQUESTED ─refund→ REFUNDED
 *                                            REFUND_REQUESTED ─reject-refund→ (the state it was requested in)
 * </pre>
 * Free orders are placed directly as {@code PAID}. An order left unpaid past the payment timeout expires (closed by
 * the payment gateway's job, never by a party). Every other combination is refused with
 * {@code invalid_transition}.
 */
public final class OrderLifecycle {

    private static final Map<OrderStatus, Map<OrderAction, OrderStatus>> MOVES = new EnumMap<>(OrderStatus.class);

    static {
        move(OrderStatus.PLACED, OrderAction.PAY, OrderStatus.PAID);
        move(OrderStatus.PLACED, OrderAction.CANCEL, OrderStatus.CANCELLED);
        move(OrderStatus.PLACED, OrderAction.EXPIRE, OrderStatus.CANCELLED);
        move(OrderStatus.PAID, OrderAction.ACCEPT, OrderStatus.ACCEPTED);
        move(OrderStatus.PAID, OrderAction.DECLINE, OrderStatus.CANCELLED);
        move(OrderStatus.PAID, OrderAction.CANCEL, OrderStatus.CANCELLED);
        move(OrderStatus.PAID, OrderAction.REQUEST_REFUND, OrderStatus.REFUND_REQUESTED);
        move(OrderStatus.ACCEPTED, OrderAction.START, OrderStatus.IN_SERVICE);
        move(OrderStatus.ACCEPTED, OrderAction.CANCEL, OrderStatus.CANCELLED);
        move(OrderStatus.ACCEPTED, OrderAction.REQUEST_REFUND, OrderStatus.REFUND_REQUESTED);
        move(OrderStatus.IN_SERVICE, OrderAction.COMPLETE, OrderStatus.COMPLETED);
        move(OrderStatus.COMPLETED, OrderAction.REVIEW, OrderStatus.REVIEWED);
        move(OrderStatus.COMPLETED, OrderAction.REQUEST_REFUND, OrderStatus.REFUND_REQUESTED);
        move(OrderStatus.REFUND_REQUESTED, OrderAction.REFUND, OrderStatus.REFUNDED);
    }

    private OrderLifecycle() {
    }

    private static void move(OrderStatus from, OrderAction action, OrderStatus to) {
        MOVES.computeIfAbsent(from, any -> new EnumMap<>(OrderAction.class)).put(action, to);
    }

    /**
     * The state after {@code action} in state {@code from}; {@code refundRequestedIn} is the state a pending refund
     * request was made in (where rejecting it returns to).
     */
    public static OrderStatus next(OrderStatus from, OrderAction action, OrderStatus refundRequestedIn) {
        if (from == OrderStatus.REFUND_REQUESTED && action == OrderAction.REJECT_REFUND && refundRequestedIn != null) {
            return refundRequestedIn;
        }
        return Optional.ofNullable(MOVES.get(from)).map(moves -> moves.get(action))
                .orElseThrow(() -> DomainException.invalidTransition(from, action.pathName()));
    }

    /**
     * What {@code party} may do next with an order in {@code status}: the moves the state allows that are the
     * party's, none for those who may only look orders over ({@code mayAct} false: a platform operator, finance),
     * and no refund request where nothing was paid. The buttons a screen shows and the API's {@code actions}.
     */
    public static List<OrderAction> available(OrderStatus status, OrderParty party, boolean free, boolean mayAct) {
        if (!mayAct) {
            return List.of();
        }
        return Arrays.stream(OrderAction.values())
                .filter(action -> action.allows(party) && allows(status, action))
                .filter(action -> !(free && action == OrderAction.REQUEST_REFUND)).toList();
    }

    /** Whether {@code action} is possible in {@code from} (what buttons to show). */
    public static boolean allows(OrderStatus from, OrderAction action) {
        return (from == OrderStatus.REFUND_REQUESTED && action == OrderAction.REJECT_REFUND)
                || Optional.ofNullable(MOVES.get(from)).map(moves -> moves.containsKey(action)).orElse(false);
    }
}
