package org.linli.tenants.parking;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;
import org.linli.tenants.registry.residents.ContactRules;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The gate: the lot's provider staff (or an operator) record vehicles entering and leaving, each stay's fee computed
 * at exit, and read the lot's stays. Kept apart from the lots ({@link ParkingLots}) and the permits
 * ({@link ParkingPermits}) because it is the attendant's daily work on one lot they attend, under the order-handling
 * permission; a permit valid today only makes a stay free.
 */
@ApplicationService
public class VisitorSessions {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    LotAccess access;

    @Inject
    Clock clock;

    /** A vehicle enters: opens its stay, noting a permit valid today (which makes the stay free). */
    @RequiresModule(Module.PARKING)
    @Audited("parking.entry")
    @RequiresPermission(Permissions.ORDER_ACT)
    public VisitorSession enter(@AuditTarget LotId id, String rawPlate) {
        ParkingLot lot = access.attended(id);
        String plate = ContactRules.plate(rawPlate)
                .orElseThrow(() -> DomainException.invalid(FieldError.of("plate", "plate_format")));
        boolean inside = em.createQuery("select s from VisitorSession s where s.lotId = :lot and s.plate = :plate"
                        + " and s.exitedAt is null", VisitorSession.class)
                .setParameter("lot", lot.id().value()).setParameter("plate", plate).getResultStream().findAny()
                .isPresent();
        if (inside) {
            throw DomainException.conflict("parking_already_inside", plate);
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        Long permit = em.createQuery("select p from ParkingPermit p where p.lotId = :lot and p.plate = :plate",
                        ParkingPermit.class).setParameter("lot", lot.id().value()).setParameter("plate", plate)
                .getResultStream().filter(p -> p.covers(today)).map(ParkingPermit::id).findFirst().orElse(null);
        VisitorSession session = new VisitorSession(lot.id(), plate, permit, clock.instant(),
                CurrentUser.require().username());
        em.persist(session);
        return session;
    }

    /** The vehicle leaves: closes its stay and fixes the fee. */
    @RequiresModule(Module.PARKING)
    @Audited("parking.exit")
    @RequiresPermission(Permissions.ORDER_ACT)
    public VisitorSession exit(@AuditTarget long sessionId) {
        VisitorSession session = em.find(VisitorSession.class, sessionId);
        if (session == null) {
            throw DomainException.notFound("parking_session_not_found");
        }
        ParkingLot lot = access.attended(session.lot());
        session.exit(clock.instant(), lot.tariff());
        return session;
    }

    /** The lot's stays, open ones first, newest first. */
    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.ORDER_ACT)
    public Page<VisitorSession> sessions(LotId id, boolean openOnly, PageRequest page) {
        ParkingLot lot = access.attended(id);
        PagedQuery<VisitorSession> query = PagedQuery.of(em, VisitorSession.class, "s")
                .filter("s.lotId = :lot", "lot", lot.id().value());
        if (openOnly) {
            query.condition("s.exitedAt is null");
        }
        return query.page("s.enteredAt desc, s.id desc", page);
    }
}
