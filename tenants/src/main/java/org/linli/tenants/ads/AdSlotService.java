package org.linli.tenants.ads;

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
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.Availability;
import org.linli.tenants.registry.structure.Community;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's ad inventory: operators create, describe, pause and reactivate slots; advertisers browse the slots
 * for sale and each slot's calendar of free days.
 */
@ApplicationService
public class AdSlotService {

    /** A calendar answers at most this many days at once (about a quarter). */
    public static final int MAX_CALENDAR_DAYS = 93;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    /** What a day of a slot's calendar is. */
    public enum DayState { FREE, BOOKED, BLACKOUT, PAST }

    /** One day of a slot's calendar. */
    public record CalendarDay(LocalDate day, DayState state) {
    }

    @Audited("ad.slot.create")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdSlot create(SlotCommands.NewSlot command) {
        TenantContext.require();
        validator.validate(command);
        requireCommunities(command);
        AdSlot slot = new AdSlot(command, clock.instant());
        em.persist(slot);
        return slot;
    }

    @Audited("ad.slot.update")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdSlot update(@AuditTarget AdSlotId id, SlotCommands.NewSlot command) {
        AdSlot slot = find(id);
        validator.validate(command);
        requireCommunities(command);
        slot.describe(command);
        return slot;
    }

    /** Takes a slot off sale: no new bookings, nothing shown; existing bookings stay as they are. */
    @Audited("ad.slot.pause")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdSlot pause(@AuditTarget AdSlotId id) {
        AdSlot slot = find(id);
        slot.pause();
        return slot;
    }

    @Audited("ad.slot.activate")
    @RequiresPermission(Permissions.ADS_MANAGE)
    public AdSlot activate(@AuditTarget AdSlotId id) {
        AdSlot slot = find(id);
        slot.activate();
        return slot;
    }

    /** The slots by placement and name; advertisers see only those for sale. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public Page<AdSlot> list(Placement placement, SlotStatus status, PageRequest page) {
        TenantContext.require();
        SlotStatus shown = CurrentUser.isPermitted(Permissions.ADS_MANAGE) ? status : SlotStatus.ACTIVE;
        return PagedQuery.of(em, AdSlot.class, "s")
                .filter("s.placement = :placement", "placement", placement)
                .filter("s.status = :status", "status", shown)
                .page("s.placement, s.name, s.id", page);
    }

    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public AdSlot get(AdSlotId id) {
        AdSlot slot = find(id);
        if (slot.status() != SlotStatus.ACTIVE && !CurrentUser.isPermitted(Permissions.ADS_MANAGE)) {
            throw DomainException.notFound("ad_slot_not_found");
        }
        return slot;
    }

    /** Each day from {@code from} to {@code to} (both included, at most a quarter): free, booked, blacked out, past. */
    @Query
    @RequiresPermission(Permissions.ADS_BOOK)
    public List<CalendarDay> calendar(AdSlotId id, LocalDate from, LocalDate to) {
        AdSlot slot = get(id);
        if (from == null || to == null || to.isBefore(from)
                || ChronoUnit.DAYS.between(from, to) + 1 > MAX_CALENDAR_DAYS) {
            throw DomainException.invalid(FieldError.of("to", "ad_calendar_range", MAX_CALENDAR_DAYS));
        }
        List<BookingDays> taken = em.createQuery("select b from AdBooking b where b.slotId = :slot"
                        + " and b.status <> :cancelled and b.firstDay <= :to and b.lastDay >= :from", AdBooking.class)
                .setParameter("slot", id.value()).setParameter("cancelled", BookingStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to)
                .setMaxResults(MAX_CALENDAR_DAYS).getResultStream().map(AdBooking::days).toList();
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            DayState state = day.isBefore(today) ? DayState.PAST
                    : taken.stream().anyMatch(t -> t.contains(d)) ? DayState.BOOKED
                    : slot.blackoutDays().contains(day) ? DayState.BLACKOUT : DayState.FREE;
            days.add(new CalendarDay(day, state));
        }
        return days;
    }

    private void requireCommunities(SlotCommands.NewSlot command) {
        if (command.communities() == null) {
            return;
        }
        for (Long community : command.communities()) {
            if (community == null || em.find(Community.class, community) == null) {
                throw DomainException.invalid(FieldError.of("communities", "community_not_found"));
            }
        }
    }

    private AdSlot find(AdSlotId id) {
        TenantContext.require();
        AdSlot slot = id == null ? null : em.find(AdSlot.class, id.value());
        if (slot == null) {
            throw DomainException.notFound("ad_slot_not_found");
        }
        return slot;
    }
}
