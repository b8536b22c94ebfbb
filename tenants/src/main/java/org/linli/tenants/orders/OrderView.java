package org.linli.tenants.orders;

import java.util.List;

/**
 * An order as one of its parties sees it: the order, the caller's part in it, what the caller may do next, and the
 * cashier page to go to when a payment is waiting for the payer; {@code replayed} when placing answered with the
 * order an earlier request under the same idempotency key created.
 */
public record OrderView(ServiceOrder order, OrderParty party, List<OrderAction> actions, String cashierUrl,
                        boolean replayed) {
}
