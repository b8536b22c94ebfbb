package org.linli.tenants.orders;

import org.linli.tenants.modules.Module;

/**
 * Fired (synchronously, inside the transaction) after an order changed state, so that module features can follow
 * their orders — a parking permit becomes valid when its order is paid, a parcel is delivered when its doorstep
 * order completes — without the order model knowing them. Observers run as the party who moved the order.
 */
public record OrderMoved(OrderId order, Module module, OrderStatus from, OrderStatus to) {
}
