package org.linli.tenants.points;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.ledger.Asset;
import org.linli.platform.ledger.Ledger;
import org.linli.platform.ledger.LedgerAccount;
import org.linli.platform.ledger.PostingDraft;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Members' points wallets: awards become lots, spending takes from the lots that expire first and remembers which,
 * giving back returns to those lots, and expiry closes lots at the end of their last day. Every change locks the
 * member's {@link PointsAccount} row first and posts to the ledger in the same transaction, so a member's balance
 * (the negated sum of {@link PointsAccounts#member}) equals the remainder of their lots at every moment and never
 * goes below zero, while other members never wait.
 *
 * <p>These methods act for the tenant (system jobs, the mall, order discounts): residents reach their wallet through
 * {@link PointsStatement} and {@link PointsMall}.
 */
@ApplicationService
public class PointsWallet {

    /** Dates of points are those of the tenants' time zone. */
    /** Members are reminded this many days before points expire. */
    public static final int REMIND_DAYS = 30;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Clock clock;

    /** A spending: what it took from which lots. */
    public record Spending(String reference, ResidentId resident, long points, List<Lots.Take> takes) {
    }

    /** What one run of the expiry job did in a tenant. */
    public record ExpiryRun(int lotsExpired, long pointsExpired, int reminders) {
    }

    /**
     * Awards points as a new lot expiring by the tenant's setting. Idempotent per {@link Award#source()}: the same
     * source awards once and returns the lot it made. An award beyond its daily cap is cut to what the cap leaves;
     * when it leaves nothing, nothing is awarded (empty).
     */
    @Audited("points.award")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Optional<PointsLot> award(Award award) {
        TenantContext.require();
        lock(award.resident().value());
        PointsLot earlier = awarded(award.source());
        if (earlier != null) {
            return Optional.of(earlier);
        }
        LocalDate today = today();
        long points = award.points();
        if (award.dailyCap() != null) {
            points = EarningTerms.capped(points, award.dailyCap(), awardedOn(award, today));
        }
        if (points <= 0) {
            return Optional.empty();
        }
        PointsLot lot = new PointsLot(award, points, today, settings().expiryOf(today), clock.instant());
        em.persist(lot);
        post(PostingDraft.of("points-award", "points:award:" + award.source(), award.source()).memo(award.memo())
                .debit(PointsAccounts.ISSUE, Asset.POINTS, points)
                .credit(PointsAccounts.member(award.resident()), Asset.POINTS, points).build());
        return Optional.of(lot);
    }

    /** Spends points into {@link PointsAccounts#REDEEMED}; see {@link #spend(ResidentId, long, String, String,
     * LedgerAccount)}. */
    @Audited("points.spend")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Spending spend(@AuditTarget ResidentId resident, long points, String reference, String memo) {
        return spendInto(resident, points, reference, memo, PointsAccounts.REDEEMED);
    }

    /**
     * Spends {@code points} of {@code resident} for {@code reference} (e.g. {@code redemption:12}, {@code order:7}),
     * taking from the lots that expire first, and posts them from the member's account to {@code into}. Idempotent
     * per reference. Refused with 409 {@code points_insufficient} when the member's unexpired lots hold less.
     */
    @Audited("points.spend")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Spending spend(@AuditTarget ResidentId resident, long points, String reference, String memo,
                          LedgerAccount into) {
        return spendInto(resident, points, reference, memo, into);
    }

    /**
     * Gives {@code points} of the spending {@code reference} back to the lots they were taken from, with the lots'
     * expiry, or a grace period of the tenant's setting from today for a lot that expired meanwhile. More than is
     * still out is 409 {@code points_give_back_exceeds}.
     */
    @Audited("points.give-back")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public Spending giveBack(@AuditTarget String reference, long points) {
        TenantContext.require();
        List<LotUse> uses = uses(reference);
        if (uses.isEmpty()) {
            throw DomainException.notFound("points_spending_not_found");
        }
        long resident = uses.get(0).residentId();
        lock(resident);
        LocalDate today = today();
        expireOverdue(resident, today);
        uses = uses(reference);
        long returnedBefore = uses.stream().mapToLong(LotUse::returned).sum();
        Map<Long, LotUse> byLot = new HashMap<>();
        uses.forEach(use -> byLot.put(use.lotId(), use));
        List<Lots.Take> back = Lots.giveBack(uses.stream()
                .map(use -> new Lots.Use(use.id(), use.lotId(), use.points(), use.returned())).toList(), points);
        int grace = settings().graceDays();
        for (Lots.Take take : back) {
            byLot.get(take.lotId()).giveBack(take.points());
            PointsLot lot = em.find(PointsLot.class, take.lotId());
            lot.giveBack(take.points(), Lots.expiryAfterGiveBack(lot.expiresOn(), today, grace));
        }
        ResidentId member = new ResidentId(resident);
        post(PostingDraft.of("points-give-back", "points:give-back:" + reference + ":" + returnedBefore, reference)
                .debit(uses.get(0).counterAccount(), Asset.POINTS, points)
                .credit(PointsAccounts.member(member), Asset.POINTS, points).build());
        return new Spending(reference, member, points, back);
    }

    /**
     * Passes what the spending {@code reference} holds in its counter account on to another member, as one ledger
     * posting from that account to the member and one new lot of {@code award.points()} with the tenant's expiry
     * (e.g. a flea-market sale paid in points: held from the buyer at reservation, the seller's at handover).
     * Idempotent per {@link Award#source()}. The spending must still hold exactly the award's points (409
     * {@code points_hold_mismatch}); once passed on, the points are the recipient's and are never given back.
     */
    @Audited("points.pass-on")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public PointsLot passOn(@AuditTarget String reference, Award award) {
        TenantContext.require();
        List<LotUse> uses = uses(reference);
        if (uses.isEmpty()) {
            throw DomainException.notFound("points_spending_not_found");
        }
        lock(award.resident().value());
        PointsLot earlier = awarded(award.source());
        if (earlier != null) {
            return earlier;
        }
        long held = uses.stream().mapToLong(use -> use.points() - use.returned()).sum();
        if (held != award.points()) {
            throw DomainException.conflict("points_hold_mismatch", award.points(), held);
        }
        LocalDate today = today();
        PointsLot lot = new PointsLot(award, award.points(), today, settings().expiryOf(today), clock.instant());
        em.persist(lot);
        post(PostingDraft.of("points-pass-on", "points:pass-on:" + award.source(), reference).memo(award.memo())
                .debit(uses.get(0).counterAccount(), Asset.POINTS, award.points())
                .credit(PointsAccounts.member(award.resident()), Asset.POINTS, award.points()).build());
        return lot;
    }

    /** What a member can spend today (their ledger balance, equal to the remainder of their lots). */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public long balance(ResidentId resident) {
        TenantContext.require();
        return memberBalance(resident);
    }

    /** How much of the spending {@code reference} is still out (spent and not given back); 0 when unknown. */
    @Query
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public long outstanding(String reference) {
        TenantContext.require();
        return uses(reference).stream().mapToLong(use -> use.points() - use.returned()).sum();
    }

    /**
     * The daily expiry run: closes every lot past its last day (one ledger entry per lot, member to
     * {@link PointsAccounts#EXPIRED}), then records a reminder for every member and expiry date within
     * {@link #REMIND_DAYS} days that has none yet.
     */
    @Audited("points.expire")
    @RequiresPermission(Permissions.POINTS_MANAGE)
    public ExpiryRun expireDue() {
        TenantContext.require();
        LocalDate today = today();
        List<Long> members = em.createQuery("select distinct l.residentId from PointsLot l where l.remaining > 0"
                + " and l.expiresOn < :today order by l.residentId", Long.class)
                .setParameter("today", today).getResultList();
        int lots = 0;
        long points = 0;
        for (long member : members) {
            lock(member);
            for (PointsLot lot : expireOverdue(member, today)) {
                lots++;
                points += lot.expired();
            }
        }
        return new ExpiryRun(lots, points, remind(today));
    }

    private int remind(LocalDate today) {
        List<Object[]> due = em.createQuery("select l.residentId, l.expiresOn, sum(l.remaining) from PointsLot l"
                        + " where l.remaining > 0 and l.expiresOn >= :today and l.expiresOn <= :until"
                        + " group by l.residentId, l.expiresOn", Object[].class)
                .setParameter("today", today).setParameter("until", today.plusDays(REMIND_DAYS)).getResultList();
        int made = 0;
        for (Object[] row : due) {
            long member = ((Number) row[0]).longValue();
            LocalDate expiresOn = (LocalDate) row[1];
            boolean known = !em.createQuery("select r.id from ExpiryReminder r where r.residentId = :member"
                            + " and r.expiresOn = :date", Long.class).setParameter("member", member)
                    .setParameter("date", expiresOn).getResultList().isEmpty();
            if (!known) {
                em.persist(new ExpiryReminder(member, expiresOn, ((Number) row[2]).longValue(), clock.instant()));
                made++;
            }
        }
        return made;
    }

    private Spending spendInto(ResidentId resident, long points, String reference, String memo,
                               LedgerAccount into) {
        TenantContext.require();
        if (points <= 0) {
            throw DomainException.invalid(FieldError.of("points", "positive"));
        }
        if (reference == null || reference.isBlank() || reference.length() > Award.MAX_SOURCE) {
            throw DomainException.invalid(FieldError.of("reference", "required"));
        }
        lock(resident.value());
        List<LotUse> earlier = uses(reference);
        if (!earlier.isEmpty()) {
            if (earlier.get(0).residentId() != resident.value()) {
                throw DomainException.conflict("points_reference_reused");
            }
            return new Spending(reference, resident, earlier.stream().mapToLong(LotUse::points).sum(),
                    earlier.stream().map(use -> new Lots.Take(use.lotId(), use.points())).toList());
        }
        LocalDate today = today();
        expireOverdue(resident.value(), today);
        List<PointsLot> open = openLots(resident.value());
        List<Lots.Take> takes = Lots.consume(open.stream().map(PointsLot::state).toList(), points, today);
        Map<Long, PointsLot> byId = new HashMap<>();
        open.forEach(lot -> byId.put(lot.id(), lot));
        for (Lots.Take take : takes) {
            byId.get(take.lotId()).take(take.points());
            em.persist(new LotUse(take.lotId(), resident.value(), reference, take.points(), into, clock.instant()));
        }
        post(PostingDraft.of("points-spend", "points:spend:" + reference, reference).memo(memo)
                .debit(PointsAccounts.member(resident), Asset.POINTS, points)
                .credit(into, Asset.POINTS, points).build());
        return new Spending(reference, resident, points, takes);
    }

    /** Locks the member's row for the rest of the transaction, opening it on first use. */
    private void lock(long resident) {
        PointsAccount account = em.find(PointsAccount.class, resident, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            // The inserted row is this transaction's until commit: a parallel first award waits on its key.
            em.persist(new PointsAccount(resident, clock.instant()));
            em.flush();
        }
    }

    /** Closes the member's lots past their last day; the caller holds the member's lock. */
    private List<PointsLot> expireOverdue(long resident, LocalDate today) {
        List<PointsLot> overdue = em.createQuery("select l from PointsLot l where l.residentId = :resident"
                        + " and l.remaining > 0 and l.expiresOn < :today order by l.id", PointsLot.class)
                .setParameter("resident", resident).setParameter("today", today).getResultList();
        List<PointsLot> closed = new ArrayList<>();
        for (PointsLot lot : overdue) {
            long gone = lot.expire();
            post(PostingDraft.of("points-expiry", "points:expire:lot:" + lot.id() + ":" + lot.expiresOn(),
                            "points-lot:" + lot.id()).memo(lot.expiresOn().toString())
                    .debit(PointsAccounts.member(new ResidentId(resident)), Asset.POINTS, gone)
                    .credit(PointsAccounts.EXPIRED, Asset.POINTS, gone).build());
            closed.add(lot);
        }
        return closed;
    }

    private List<PointsLot> openLots(long resident) {
        return em.createQuery("select l from PointsLot l where l.residentId = :resident and l.remaining > 0"
                + " order by l.expiresOn, l.id", PointsLot.class).setParameter("resident", resident).getResultList();
    }

    private long memberBalance(ResidentId resident) {
        return MemberBalances.of(em, resident);
    }

    private PointsSettings settings() {
        PointsSettings settings = em.find(PointsSettings.class, PointsSettings.SINGLE);
        return settings == null ? PointsSettings.defaults() : settings;
    }

    private LocalDate today() {
        return MemberBalances.today(clock);
    }

    /** What the member was awarded today for the same kind and topic: what a daily cap counts. */
    private long awardedOn(Award award, LocalDate day) {
        String topic = award.topic() == null ? "l.topic is null" : "l.topic = :topic";
        var query = em.createQuery("select sum(l.points) from PointsLot l where l.residentId = :resident"
                        + " and l.kind = :kind and l.awardedOn = :day and " + topic, Long.class)
                .setParameter("resident", award.resident().value()).setParameter("kind", award.kind())
                .setParameter("day", day);
        if (award.topic() != null) {
            query.setParameter("topic", award.topic());
        }
        Long sum = query.getSingleResult();
        return sum == null ? 0 : sum;
    }

    private PointsLot awarded(String source) {
        return em.createQuery("select l from PointsLot l where l.source = :source", PointsLot.class)
                .setParameter("source", source).getResultStream().findFirst().orElse(null);
    }

    private List<LotUse> uses(String reference) {
        return em.createQuery("select u from LotUse u where u.reference = :reference order by u.id", LotUse.class)
                .setParameter("reference", reference).getResultList();
    }

    private void post(PostingDraft draft) {
        CallerContext.system("points", TenantContext.require()).call(() -> ledger.post(draft));
    }
}
