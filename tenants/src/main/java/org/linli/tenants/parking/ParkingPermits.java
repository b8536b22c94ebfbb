package org.linli.tenants.parking;

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
import org.linli.platform.problem.TimeValues;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.registry.residents.ContactRules;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Monthly parking permits: residents buy them as orders of the lot's permit offering, a permit follows its order
 * ({@link PermitFollower}), and permits running out soon are listed for reminders. Kept apart from the lots
 * ({@link ParkingLots}) and the gate ({@link VisitorSessions}) because a permit is a resident's purchase, paid and
 * refunded through orders, while the gate only asks whether a plate holds one today.
 */
@ApplicationService
public class ParkingPermits {

    /** A resident's own permits, newest first; older ones fall off the list. */
    static final int MAX_MINE = 200;
    /** Permits ending within at most 90 days, for reminders. */
    static final int MAX_EXPIRING = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    ResidentDirectory residents;

    @Inject
    OrderService orders;

    @Inject
    LotAccess access;

    @Inject
    Clock clock;

    /** A permit and the order that pays for it. */
    public record PermitView(ParkingPermit permit, OrderView order) {
    }

    /**
     * A resident asks for a monthly permit for one of their household's plates: it is placed as an order of the
     * lot's permit offering (one unit per month) and becomes valid when that order is paid.
     */
    @RequiresModule(Module.PARKING)
    @Audited("parking.permit.request")
    @RequiresPermission(Permissions.ORDER_PLACE)
    public PermitView requestPermit(ParkingCommands.PermitRequest request, String idempotencyKey) {
        validator.validate(request);
        ParkingLot lot = access.lot(request.lot());
        String plate = ContactRules.plate(request.plate())
                .orElseThrow(() -> DomainException.invalid(FieldError.of("plate", "plate_format")));
        if (lot.permitOfferingId() == null) {
            throw DomainException.conflict("parking_no_permits");
        }
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate from = Optional.ofNullable(TimeValues.date(request.firstDay(), "firstDay")).orElse(today);
        if (from.isBefore(today)) {
            throw DomainException.invalid(FieldError.of("firstDay", "not_past"));
        }
        ResidentRecord me = residents.me();
        boolean overlapping = em.createQuery("select p from ParkingPermit p where p.lotId = :lot and p.plate = :plate"
                        + " and p.status <> :cancelled and p.validUntil >= :from", ParkingPermit.class)
                .setParameter("lot", lot.id().value()).setParameter("plate", plate)
                .setParameter("cancelled", PermitStatus.CANCELLED).setParameter("from", from)
                .getResultStream().findAny().isPresent();
        if (overlapping) {
            throw DomainException.conflict("parking_permit_overlaps", plate);
        }
        OrderView order = orders.place(new OrderCommands.NewOrder(new OfferingId(lot.permitOfferingId()), null,
                request.months(), null, plate + " · " + lot.name()), idempotencyKey);
        Optional<ParkingPermit> earlier = permitOfOrder(order.order().id().value());
        if (earlier.isPresent()) {
            return new PermitView(earlier.get(), order);
        }
        ParkingPermit permit = new ParkingPermit(lot.id(), plate, me.id().value(), CurrentUser.require().accountId(),
                from, request.months(), order.order().id().value(), clock.instant());
        em.persist(permit);
        return new PermitView(permit, order);
    }

    /** A permit follows its order: valid once paid, void when cancelled or refunded. */
    @Audited("parking.permit.follow-order")
    @RequiresPermission(Permissions.ORDER_ACT)
    public void followOrder(@AuditTarget OrderId order, OrderStatus now) {
        permitOfOrder(order.value()).ifPresent(permit -> {
            if (now == OrderStatus.PAID) {
                permit.activate();
            } else if (now == OrderStatus.CANCELLED || now == OrderStatus.REFUNDED) {
                permit.cancel();
            }
        });
    }

    /** The signed-in resident's permits, newest first. */
    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.ORDER_PLACE)
    public List<ParkingPermit> myPermits() {
        TenantContext.require();
        return em.createQuery("select p from ParkingPermit p where p.placedBy = :account order by p.validFrom desc",
                ParkingPermit.class).setParameter("account", CurrentUser.require().accountId()).setMaxResults(MAX_MINE)
                .getResultList();
    }

    /** Valid permits that end within {@code days} days: whom to remind to renew. */
    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.MARKET_READ)
    public List<ParkingPermit> expiring(int days) {
        TenantContext.require();
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return em.createQuery("select p from ParkingPermit p where p.status = :active and p.validUntil >= :today"
                        + " and p.validUntil <= :until order by p.validUntil, p.id", ParkingPermit.class)
                .setParameter("active", PermitStatus.ACTIVE).setParameter("today", today)
                .setParameter("until", today.plusDays(Math.max(0, Math.min(days, 90)))).setMaxResults(MAX_EXPIRING)
                .getResultList();
    }

    private Optional<ParkingPermit> permitOfOrder(long orderId) {
        return em.createQuery("select p from ParkingPermit p where p.orderId = :order", ParkingPermit.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }
}
