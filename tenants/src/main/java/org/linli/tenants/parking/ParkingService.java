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
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.problem.TimeValues;
import org.linli.platform.security.Actor;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.registry.residents.ContactRules;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.ResidentService;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parking (停车): operators set up lots with their tariff and spaces; residents buy monthly permits as orders; the
 * lot's provider staff (or an operator) record entries and exits, and the fee of each visit is computed at exit.
 * Permits follow their orders; permits running out soon are listed for reminders.
 */
@ApplicationService
public class ParkingService {

    /** Hard caps of the lists answered whole (a tenant has few lots; a lot a bounded number of spaces). */
    static final int MAX_LOTS = 200;
    static final int MAX_SPACES = 2000;
    /** A resident's own permits, newest first; older ones fall off the list. */
    static final int MAX_MINE = 200;
    /** Permits ending within at most 90 days, for reminders. */
    static final int MAX_EXPIRING = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    StructureService structure;

    @Inject
    ProviderService providers;

    @Inject
    ResidentService residents;

    @Inject
    OrderService orders;

    @Inject
    Clock clock;

    /** A permit and the order that pays for it. */
    public record PermitView(ParkingPermit permit, OrderView order) {
    }

    @RequiresModule(Module.PARKING)
    @Audited("parking.lot.create")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public ParkingLot createLot(ParkingCommands.NewLot command) {
        TenantContext.require();
        validator.validate(command);
        try {
            structure.community(new CommunityId(command.communityId()));
        } catch (DomainException unknown) {
            throw DomainException.invalid(FieldError.of("communityId", "community_not_found"));
        }
        providers.get(new ProviderId(command.providerId()));
        ParkingLot lot = new ParkingLot(command, clock.instant());
        em.persist(lot);
        return lot;
    }

    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<ParkingLot> lots() {
        TenantContext.require();
        return em.createQuery("select l from ParkingLot l order by l.name, l.id", ParkingLot.class)
                .setMaxResults(MAX_LOTS).getResultList();
    }

    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public ParkingLot lot(LotId id) {
        TenantContext.require();
        ParkingLot lot = id == null ? null : em.find(ParkingLot.class, id.value());
        if (lot == null) {
            throw DomainException.notFound("parking_lot_not_found");
        }
        return lot;
    }

    /** The lots the caller attends: their provider's lots for provider staff, every lot for operators. */
    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.ORDER_ACT)
    public List<ParkingLot> attended() {
        TenantContext.require();
        if (CurrentUser.require().role() == Role.PROVIDER_STAFF) {
            return em.createQuery("select l from ParkingLot l where l.providerId = :mine order by l.name",
                    ParkingLot.class).setParameter("mine", providers.myStaff().provider().value()).getResultList();
        }
        return CurrentUser.isPermitted(Permissions.MARKET_MANAGE) ? lots() : List.of();
    }

    /** The lot whose monthly permits {@code offering} sells, if any. */
    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public Optional<ParkingLot> lotSelling(OfferingId offering) {
        TenantContext.require();
        return em.createQuery("select l from ParkingLot l where l.permitOfferingId = :offering", ParkingLot.class)
                .setParameter("offering", offering.value()).getResultStream().findFirst();
    }

    /** Adds numbered spaces to a lot; a code already there is refused. */
    @RequiresModule(Module.PARKING)
    @Audited("parking.space.add")
    @RequiresPermission(Permissions.MARKET_MANAGE)
    public List<ParkingSpace> addSpaces(@AuditTarget LotId id, List<String> codes, ParkingSpace.Kind kind) {
        lot(id);
        if (codes == null || codes.isEmpty() || codes.size() > 500 || kind == null) {
            throw DomainException.invalid(FieldError.of("codes", "required"));
        }
        List<String> existing = spaces(id).stream().map(ParkingSpace::code).toList();
        List<ParkingSpace> added = new ArrayList<>();
        for (String raw : codes) {
            String code = raw == null ? "" : raw.strip();
            if (code.isEmpty() || code.length() > 20) {
                throw DomainException.invalid(FieldError.of("codes", "size", 1, 20));
            }
            if (existing.contains(code) || added.stream().anyMatch(s -> s.code().equals(code))) {
                throw DomainException.conflict("parking_space_taken", code);
            }
            ParkingSpace space = new ParkingSpace(id, code, kind);
            em.persist(space);
            added.add(space);
        }
        return added;
    }

    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.CATALOG_READ)
    public List<ParkingSpace> spaces(LotId id) {
        lot(id);
        return em.createQuery("select s from ParkingSpace s where s.lotId = :lot order by s.code", ParkingSpace.class)
                .setParameter("lot", id.value()).setMaxResults(MAX_SPACES).getResultList();
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
        ParkingLot lot = lot(request.lot());
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

    /** A vehicle enters: opens its stay, noting a permit valid today (which makes the stay free). */
    @RequiresModule(Module.PARKING)
    @Audited("parking.entry")
    @RequiresPermission(Permissions.ORDER_ACT)
    public VisitorSession enter(@AuditTarget LotId id, String rawPlate) {
        ParkingLot lot = attendant(id);
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
        ParkingLot lot = attendant(session.lot());
        session.exit(clock.instant(), lot.tariff());
        return session;
    }

    /** The lot's stays, open ones first, newest first. */
    @RequiresModule(Module.PARKING)
    @Query
    @RequiresPermission(Permissions.ORDER_ACT)
    public Page<VisitorSession> sessions(LotId id, boolean openOnly, PageRequest page) {
        ParkingLot lot = attendant(id);
        PagedQuery<VisitorSession> query = PagedQuery.of(em, VisitorSession.class, "s")
                .filter("s.lotId = :lot", "lot", lot.id().value());
        if (openOnly) {
            query.condition("s.exitedAt is null");
        }
        return query.page("s.enteredAt desc, s.id desc", page);
    }

    /** The lot, if the caller attends it: its provider's staff, or an operator. */
    private ParkingLot attendant(LotId id) {
        ParkingLot lot = lot(id);
        Actor actor = CurrentUser.require();
        boolean staff = actor.role() == Role.PROVIDER_STAFF
                && providers.myStaff().provider().value() == lot.providerId();
        if (!staff && !CurrentUser.isPermitted(Permissions.MARKET_MANAGE)) {
            throw DomainException.notFound("parking_lot_not_found");
        }
        return lot;
    }

    private Optional<ParkingPermit> permitOfOrder(long orderId) {
        return em.createQuery("select p from ParkingPermit p where p.orderId = :order", ParkingPermit.class)
                .setParameter("order", orderId).getResultStream().findFirst();
    }
}
