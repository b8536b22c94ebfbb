package org.linli.tenants.parking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.tenants.modules.Module;
import org.linli.tenants.orders.OrderMoved;

/** Passes the moves of parking orders on to their permits (and ignores every other order). */
@ApplicationScoped
public class PermitFollower {

    @Inject
    ParkingPermits permits;

    void onOrderMoved(@Observes OrderMoved moved) {
        if (moved.module() == Module.PARKING) {
            permits.followOrder(moved.order(), moved.to());
        }
    }
}
