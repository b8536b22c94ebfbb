package org.linli.tenants.orders;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.linli.platform.application.BatchService;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

/**
 * Places an order so that two requests racing with the same idempotency key both answer with the one order: the
 * second one's insert fails on the unique key and rolls its transaction back, and asking again in a new transaction
 * finds the first one's order and replays it. That new transaction is why this is a batch service with none of its
 * own: a retry inside {@link OrderService#place} would run in the transaction already rolled back. Each call of
 * {@code place} audits itself.
 */
@BatchService
public class OrderPlacement {

    @Inject
    OrderService orders;

    /** {@link OrderService#place}, asked once more when a concurrent request with the same key won the key. */
    @RequiresPermission(Permissions.ORDER_PLACE)
    public OrderView place(OrderCommands.NewOrder command, String idempotencyKey) {
        try {
            return orders.place(command, idempotencyKey);
        } catch (PersistenceException concurrentSameKey) {
            return orders.place(command, idempotencyKey);
        }
    }
}
