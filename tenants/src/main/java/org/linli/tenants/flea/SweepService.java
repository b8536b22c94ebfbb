package org.linli.tenants.flea;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The flea market's housekeeping in one tenant, run by {@link FleaWatch}: open reservations past their time that
 * are not paid lapse (listing released, points given back, pending payment abandoned), published listings past
 * their period expire, and messages older than {@link FleaMessage#KEPT} are purged.
 */
@ApplicationService
public class SweepService {

    /** At most this many reservations and listings per run: the next run takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Shelf shelf;

    @Inject
    Settling settling;

    @Inject
    Clock clock;

    /** What one run did. */
    public record Sweep(int lapsed, int expired, int purged) {
    }

    @Audited("flea.sweep")
    @RequiresPermission(Permissions.FLEA_MANAGE)
    public Sweep sweep() {
        Instant now = clock.instant();
        List<Long> due = em.createQuery("select r.id from Reservation r where r.status in :open"
                        + " and r.paidAt is null and r.lapsesAt <= :now order by r.id", Long.class)
                .setParameter("open", List.of(ReservationStatus.REQUESTED, ReservationStatus.ACCEPTED))
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        for (long id : due) {
            Reservation reservation = shelf.reservation(id, true);
            Listing listing = shelf.listing(reservation.listingId(), true);
            reservation.lapse(now);
            settling.unwound(reservation, listing, now);
        }
        List<Listing> overdue = em.createQuery("select l from Listing l where l.status = :published"
                        + " and l.expiresAt <= :now order by l.id", Listing.class)
                .setParameter("published", ListingStatus.PUBLISHED).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        overdue.forEach(listing -> listing.expire(now));
        int purged = em.createQuery("delete from FleaMessage m where m.sentAt < :cut")
                .setParameter("cut", now.minus(FleaMessage.KEPT)).executeUpdate();
        return new Sweep(due.size(), overdue.size(), purged);
    }
}
