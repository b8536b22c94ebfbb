package org.linli.tenants.ads;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.linli.platform.application.BatchService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.files.FileType;
import org.linli.tenants.marketplace.Availability;
import org.linli.tenants.registry.structure.CommunityId;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What serving reads and counts, run by the serving system job inside the tenant of the page or screen. Counting
 * adds to anonymous daily totals and is deliberately not audited: an audit record per impression would say
 * nothing and store a trail of viewing. Each call is its own short transaction.
 */
@BatchService
public class AdCounters {

    /** A placement shows at most this many creatives in rotation on one day. */
    static final int MAX_LIVE = 20;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    Clock clock;

    /** Approved, paid creatives of active slots of {@code placement} running today and reaching {@code community}. */
    @Query
    @Transactional
    @RequiresPermission(Permissions.ADS_MANAGE)
    public List<LiveCreative> live(Placement placement, CommunityId community) {
        TenantContext.require();
        LocalDate today = today();
        List<Object[]> rows = em.createQuery("select b, s from AdBooking b, AdSlot s where s.id = b.slotId"
                        + " and s.placement = :placement and s.status = :active and b.status = :paid"
                        + " and b.firstDay <= :today and b.lastDay >= :today order by b.id", Object[].class)
                .setParameter("placement", placement).setParameter("active", SlotStatus.ACTIVE)
                .setParameter("paid", BookingStatus.PAID).setParameter("today", today)
                .setMaxResults(MAX_LIVE).getResultList();
        return rows.stream().filter(row -> ((AdSlot) row[1]).reaches(community))
                .map(row -> LiveCreative.of((AdBooking) row[0], (AdSlot) row[1])).toList();
    }

    /** The paid booking a click token names, if it has a creative. */
    @Query
    @Transactional
    @RequiresPermission(Permissions.ADS_MANAGE)
    public Optional<AdBooking> byToken(String token) {
        TenantContext.require();
        return em.createQuery("select b from AdBooking b where b.clickToken = :token and b.status = :paid",
                        AdBooking.class).setParameter("token", token).setParameter("paid", BookingStatus.PAID)
                .getResultStream().filter(AdBooking::hasCreative).findFirst();
    }

    /** The image of a paid booking's creative, named by its token. */
    @Query
    @Transactional
    @RequiresPermission(Permissions.ADS_MANAGE)
    public Optional<AdBookingService.Image> image(String token) {
        return byToken(token).flatMap(booking -> Optional.ofNullable(em.find(AdCreativeImage.class,
                        booking.id().value()))
                .map(image -> new AdBookingService.Image(FileType.valueOf(booking.creativeType()), image.data(),
                        image.sha256())));
    }

    /** Adds impressions and clicks to today's totals of a paid booking; other bookings count nothing. */
    @Transactional
    @RequiresPermission(Permissions.ADS_MANAGE)
    public void count(AdBookingId id, long impressions, long clicks) {
        TenantContext.require();
        AdBooking booking = em.find(AdBooking.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        if (booking == null || booking.status() != BookingStatus.PAID) {
            return;
        }
        LocalDate today = today();
        AdDailyStat stat = em.createQuery("select s from AdDailyStat s where s.bookingId = :booking and s.day = :day",
                        AdDailyStat.class).setParameter("booking", id.value()).setParameter("day", today)
                .getResultStream().findFirst().orElseGet(() -> {
                    AdDailyStat created = new AdDailyStat(booking.id(), today);
                    em.persist(created);
                    return created;
                });
        stat.add(impressions, clicks);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }
}
