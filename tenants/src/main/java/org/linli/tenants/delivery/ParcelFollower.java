package org.linli.tenants.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.tenants.modules.Module;
import org.linli.tenants.orders.OrderMoved;

/** Passes the moves of delivery orders on to the parcels they deliver (and ignores every other order). */
@ApplicationScoped
public class ParcelFollower {

    @Inject
    ParcelService parcels;

    void onOrderMoved(@Observes OrderMoved moved) {
        if (moved.module() == Module.DELIVERY) {
            parcels.followOrder(moved.order(), moved.to());
        }
    }
}
