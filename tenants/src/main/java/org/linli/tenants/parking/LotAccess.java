package org.linli.tenants.parking;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.ProviderService;

/**
 * Which lot a call may use, shared by the lots, the permits and the gate so that all three answer
 * {@code parking_lot_not_found} alike. It checks no permission itself; the services that use it do.
 */
@Dependent
class LotAccess {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderService providers;

    ParkingLot lot(LotId id) {
        TenantContext.require();
        ParkingLot lot = id == null ? null : em.find(ParkingLot.class, id.value());
        if (lot == null) {
            throw DomainException.notFound("parking_lot_not_found");
        }
        return lot;
    }

    /** The lot, if the caller attends it: its provider's staff, or an operator. */
    ParkingLot attended(LotId id) {
        ParkingLot lot = lot(id);
        Actor actor = CurrentUser.require();
        boolean staff = actor.role() == Role.PROVIDER_STAFF
                && providers.myStaff().provider().value() == lot.providerId();
        if (!staff && !CurrentUser.isPermitted(Permissions.MARKET_MANAGE)) {
            throw DomainException.notFound("parking_lot_not_found");
        }
        return lot;
    }
}
