package org.linli.tenants.marketplace;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.orders.OrderId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Provider staff time: staff publish their availability as slots; residents pick a free slot when booking; an order
 * takes a slot with one conditional update, so a slot is never booked twice, and gives it back when cancelled.
 */
@ApplicationService
public class SlotService {

    /** At most this many slots are listed for one provider or staff member over a period. */
    static final int MAX_LISTED = 1000;

    private static final int MAX_SLOTS_PER_CALL = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ProviderService providers;

    @Inject
    Clock clock;

    /**
     * Adds the signed-in staff member's slots for {@code availability}; periods overlapping an existing slot of
     * theirs or lying in the past are skipped. Returns the slots created.
     */
    @Audited("slot.publish")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public List<ServiceSlot> publish(Availability availability) {
        validator.validate(availability);
        if (!availability.from().isBefore(availability.until())) {
            throw DomainException.invalid(FieldError.of("until", "after_from"));
        }
        ProviderStaff me = providers.myStaff();
        List<Availability.Period> periods = availability.periods();
        if (periods.size() > MAX_SLOTS_PER_CALL) {
            throw DomainException.invalid(FieldError.of("days", "max", MAX_SLOTS_PER_CALL));
        }
        Instant now = clock.instant();
        List<ServiceSlot> existing = staffSlots(me.id(), availability.firstDay().atStartOfDay(ChinaTime.ZONE)
                .toInstant(), availability.firstDay().plusDays(availability.days() + 1L)
                .atStartOfDay(ChinaTime.ZONE).toInstant());
        List<ServiceSlot> created = new ArrayList<>();
        for (Availability.Period period : periods) {
            boolean clash = existing.stream().anyMatch(s -> period.overlaps(s.startsAt(), s.endsAt()));
            if (period.start().isAfter(now) && !clash) {
                ServiceSlot slot = new ServiceSlot(me.provider(), me.id(), period.start(), period.end());
                em.persist(slot);
                created.add(slot);
            }
        }
        return created;
    }

    /** Removes one of the signed-in staff member's free slots. */
    @Audited("slot.remove")
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public void remove(@AuditTarget long slotId) {
        ProviderStaff me = providers.myStaff();
        ServiceSlot slot = em.find(ServiceSlot.class, slotId);
        if (slot == null || slot.staffId() != me.id()) {
            throw DomainException.notFound("slot_not_found");
        }
        if (!slot.isFree()) {
            throw DomainException.conflict("slot_taken");
        }
        em.remove(slot);
    }

    /** Free future slots of a provider between {@code from} and {@code to} (at most 14 days), earliest first. */
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<ServiceSlot> free(ProviderId provider, Instant from, Instant to) {
        providers.get(provider);
        Instant start = from == null || from.isBefore(clock.instant()) ? clock.instant() : from;
        Instant end = to == null || to.isAfter(start.plus(Duration.ofDays(14))) ? start.plus(Duration.ofDays(14)) : to;
        return em.createQuery("select s from ServiceSlot s where s.providerId = :provider and s.orderId is null"
                        + " and s.startsAt >= :start and s.startsAt < :end order by s.startsAt, s.id",
                        ServiceSlot.class)
                .setParameter("provider", provider.value()).setParameter("start", start).setParameter("end", end)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    /** The signed-in staff member's slots, booked or free, in a period. */
    @Query
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public List<ServiceSlot> mine(Instant from, Instant to) {
        List<ServiceSlot> slots = staffSlots(providers.myStaff().id(), from, to);
        return slots.size() > MAX_LISTED ? slots.subList(0, MAX_LISTED) : slots;
    }

    /**
     * Takes a free slot of {@code provider} for an order, or fails with {@code slot_taken}. The conditional update
     * is atomic in the database, so of concurrent bookings exactly one succeeds.
     */
    @Audited("slot.take")
    @RequiresPermission(Permissions.ORDER_PLACE)
    public ServiceSlot take(@AuditTarget long slotId, ProviderId provider, OrderId order) {
        TenantContext.require();
        ServiceSlot slot = em.find(ServiceSlot.class, slotId);
        if (slot == null || !slot.provider().equals(provider)) {
            throw DomainException.invalid(FieldError.of("slotId", "slot_not_found"));
        }
        if (!slot.startsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("slot_past");
        }
        int taken = em.createQuery("update ServiceSlot s set s.orderId = :order where s.id = :slot"
                        + " and s.orderId is null").setParameter("order", order.value()).setParameter("slot", slotId)
                .executeUpdate();
        if (taken != 1) {
            throw DomainException.conflict("slot_taken");
        }
        em.refresh(slot);
        return slot;
    }

    /** Gives back the slot an order held, when the order is cancelled or refunded before the visit. */
    @Audited("slot.release")
    @RequiresPermission(Permissions.ORDER_ACT)
    public void release(@AuditTarget OrderId order) {
        TenantContext.require();
        em.createQuery("update ServiceSlot s set s.orderId = null where s.orderId = :order")
                .setParameter("order", order.value()).executeUpdate();
    }

    private List<ServiceSlot> staffSlots(long staffId, Instant from, Instant to) {
        TenantContext.require();
        if (from == null || to == null || !from.isBefore(to)) {
            throw DomainException.invalid(FieldError.of("to", "after_from"));
        }
        return em.createQuery("select s from ServiceSlot s where s.staffId = :staff and s.startsAt < :to"
                        + " and s.endsAt > :from order by s.startsAt", ServiceSlot.class)
                .setParameter("staff", staffId).setParameter("from", from).setParameter("to", to).getResultList();
    }
}
