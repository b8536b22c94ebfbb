package org.linli.tenants.orders;

import org.linli.tenants.registry.residents.ResidentId;

/**
 * How orders take points as a discount, implemented by the points feature (which itself follows orders, so orders
 * reach it through this port rather than by name). Both moves happen in the caller's transaction: an order that
 * fails to be placed spends nothing.
 */
public interface PointsPort {

    /** The tenant's discount terms: the value of a point and the maximum share of an order. */
    PointsDiscount.Terms terms();

    /**
     * Spends {@code points} of {@code resident} on {@code order} from the lots that expire first, under the reference
     * {@code order:{id}}; 409 {@code points_balance_too_low} when the resident has fewer.
     */
    void spend(ResidentId resident, long points, OrderId order);

    /** Gives the points spent on {@code order} back to the lots they came from. */
    void giveBack(OrderId order, long points);
}
