package org.linli.tenants.points;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.LedgerLine;
import org.linli.platform.ledger.LedgerPosting;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A resident's own points: balance, what expires soon, the reminders, their lots and their statement. */
@ApplicationService
public class PointsStatement {

    /** Reminders are one per expiry date within the reminder window: a handful at most. */
    static final int MAX_REMINDERS = 50;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ResidentDirectory residents;

    @Inject
    Clock clock;

    /** The balance and what of it expires within {@link PointsWallet#REMIND_DAYS} days (and on which first day). */
    public record Summary(long balance, long expiringSoon, LocalDate nextExpiry, List<ExpiryReminder> reminders) {
    }

    /** One movement of the statement: points in (positive) or out (negative), what for, and when. */
    public record Movement(long postingId, Instant at, String kind, long points, String reference, String memo) {
    }

    /** The signed-in resident's summary (409 {@code resident_pending} until they are verified). */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public Summary me() {
        ResidentId me = residents.me().id();
        LocalDate today = MemberBalances.today(clock);
        List<PointsLot> soon = em.createQuery("select l from PointsLot l where l.residentId = :resident"
                        + " and l.remaining > 0 and l.expiresOn >= :today and l.expiresOn <= :until"
                        + " order by l.expiresOn", PointsLot.class).setParameter("resident", me.value())
                .setParameter("today", today).setParameter("until", today.plusDays(PointsWallet.REMIND_DAYS))
                .getResultList();
        List<ExpiryReminder> reminders = em.createQuery("select r from ExpiryReminder r where r.residentId = :resident"
                        + " and r.expiresOn >= :today order by r.expiresOn", ExpiryReminder.class)
                .setParameter("resident", me.value()).setParameter("today", today).setMaxResults(MAX_REMINDERS)
                .getResultList();
        return new Summary(MemberBalances.of(em, me), soon.stream().mapToLong(PointsLot::remaining).sum(),
                soon.isEmpty() ? null : soon.get(0).expiresOn(), reminders);
    }

    /** A page of the signed-in resident's lots, those with points left first, by expiry. */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public Page<PointsLot> myLots(PageRequest page) {
        ResidentId me = residents.me().id();
        return PagedQuery.of(em, PointsLot.class, "l").filter("l.residentId = :resident", "resident", me.value())
                .page("case when l.remaining > 0 then 0 else 1 end, l.expiresOn, l.id", page);
    }

    /** A page of the signed-in resident's statement, newest first, straight from their ledger account. */
    @Query
    @RequiresPermission(Permissions.POINTS_USE)
    public Page<Movement> myHistory(PageRequest page) {
        String account = PointsAccounts.member(residents.me().id()).code();
        List<LedgerLine> lines = em.createQuery("select l from LedgerLine l where l.account = :account"
                        + " and l.asset = :asset order by l.id desc", LedgerLine.class)
                .setParameter("account", account).setParameter("asset", Asset.POINTS)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(l) from LedgerLine l where l.account = :account"
                        + " and l.asset = :asset", Long.class)
                .setParameter("account", account).setParameter("asset", Asset.POINTS).getSingleResult();
        Map<Long, LedgerPosting> postings = new HashMap<>();
        if (!lines.isEmpty()) {
            em.createQuery("select p from LedgerPosting p where p.id in :ids", LedgerPosting.class)
                    .setParameter("ids", lines.stream().map(LedgerLine::postingId).distinct().toList())
                    .getResultList().forEach(p -> postings.put(p.id(), p));
        }
        List<Movement> movements = lines.stream().map(line -> {
            LedgerPosting posting = postings.get(line.postingId());
            return new Movement(line.postingId(), line.postedAt(), posting.kind(), -line.amount(),
                    posting.reference(), posting.memo());
        }).toList();
        return Page.of(movements, total, page);
    }
}
