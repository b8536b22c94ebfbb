package org.linli.tenants.delivery;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.CallerContext;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.marketplace.CatalogService;
import org.linli.tenants.marketplace.Offering;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.modules.Module;
import org.linli.tenants.modules.RequiresModule;
import org.linli.tenants.orders.OrderCommands;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.OrderService;
import org.linli.tenants.orders.OrderStatus;
import org.linli.tenants.orders.OrderView;
import org.linli.tenants.registry.residents.ResidentDirectory;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;
import org.linli.tenants.registry.structure.StructureService;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Delivery (快递): the community station takes parcels in for households, the household sees them with their
 * pickup code, the station hands them over against the code, lists the overdue ones, and a household may order
 * doorstep delivery — a paid order of a delivery offering whose completion delivers the parcel.
 */
@ApplicationService
public class ParcelService {

    private static final SecureRandom CODES = new SecureRandom();

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderService providers;

    @Inject
    StructureService structure;

    @Inject
    ResidentDirectory residents;

    @Inject
    CatalogService catalog;

    @Inject
    OrderService orders;

    @Inject
    Clock clock;

    /** The station's staff take a parcel in for a household of the tenant. */
    @Audited("parcel.intake")
    @RequiresModule(Module.DELIVERY)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Parcel intake(@AuditTarget HouseholdId household, String carrier, String trackingNumber) {
        long station = providers.myStaff().provider().value();
        String cleanCarrier = required(carrier, "carrier", 30);
        String cleanNumber = required(trackingNumber, "trackingNumber", 40).toUpperCase(Locale.ROOT);
        boolean known = em.createQuery("select p from Parcel p where p.carrier = :carrier"
                        + " and p.trackingNumber = :number", Parcel.class)
                .setParameter("carrier", cleanCarrier).setParameter("number", cleanNumber).getResultStream()
                .findAny().isPresent();
        if (known) {
            throw DomainException.conflict("parcel_known", cleanNumber);
        }
        Household home = CallerContext.system("parcel-intake", TenantContext.require())
                .call(() -> structure.household(household));
        Parcel parcel = new Parcel(station, home.id().value(), home.gridId(), home.address(), cleanCarrier, cleanNumber,
                String.format("%06d", CODES.nextInt(1_000_000)), clock.instant());
        em.persist(parcel);
        return parcel;
    }

    /** A home a parcel can be taken in for: its id and address, nothing about who lives there. */
    public record Home(HouseholdId id, String address) {
    }

    /** Homes whose address contains {@code text} (room, building or community), for taking a parcel in. */
    @Query
    @RequiresModule(Module.DELIVERY)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public List<Home> homes(String text) {
        providers.myStaff();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return CallerContext.system("parcel-intake", TenantContext.require()).call(() -> structure.households(
                        new StructureService.HouseholdFilter(null, null, null, null, text.strip(), null),
                        PageRequest.first(20)).items().stream()
                .map(home -> new Home(home.id(), home.address())).toList());
    }

    /** The signed-in staff member's station's parcels: waiting ones (or only the overdue), oldest first. */
    @Query
    @RequiresModule(Module.DELIVERY)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Page<Parcel> station(boolean overdueOnly, PageRequest page) {
        long station = providers.myStaff().provider().value();
        return PagedQuery.of(em, Parcel.class, "p").filter("p.stationId = :station", "station", station)
                .filter("p.status = :waiting", "waiting", ParcelStatus.WAITING)
                .filter("p.arrivedAt < :since", "since",
                        overdueOnly ? clock.instant().minus(Parcel.OVERDUE_AFTER) : null)
                .page("p.arrivedAt, p.id", page);
    }

    /** Hands a parcel over against its pickup code. */
    @Audited("parcel.pickup")
    @RequiresModule(Module.DELIVERY)
    @RequiresPermission(Permissions.PROVIDER_WORK)
    public Parcel pickUp(@AuditTarget long parcelId, String code) {
        Parcel parcel = ofMyStation(parcelId);
        parcel.pickUp(code, CurrentUser.require().username(), clock.instant());
        return parcel;
    }

    /** The parcels of the signed-in resident's household, newest first, with their pickup codes. */
    @Query
    @RequiresModule(Module.DELIVERY)
    @RequiresPermission(Permissions.ORDER_PLACE)
    public List<Parcel> mine() {
        ResidentRecord me = residents.me();
        return em.createQuery("select p from Parcel p where p.householdId = :home order by p.arrivedAt desc",
                Parcel.class).setParameter("home", me.household().value()).setMaxResults(200).getResultList();
    }

    /** The household orders a waiting parcel to the door through a delivery offering; paid like any order. */
    @Audited("parcel.doorstep")
    @RequiresModule(Module.DELIVERY)
    @RequiresPermission(Permissions.ORDER_PLACE)
    public OrderView orderDoorstep(@AuditTarget long parcelId, OfferingId offeringId, String idempotencyKey) {
        ResidentRecord me = residents.me();
        Parcel parcel = em.find(Parcel.class, parcelId);
        if (parcel == null || parcel.householdId() != me.household().value()) {
            throw DomainException.notFound("parcel_not_found");
        }
        Offering offering = catalog.get(offeringId);
        if (offering.module() != Module.DELIVERY) {
            throw DomainException.invalid(FieldError.of("offeringId", "not_delivery"));
        }
        OrderView order = orders.place(new OrderCommands.NewOrder(offeringId, null, 1, null,
                parcel.carrier() + " " + parcel.trackingNumber()), idempotencyKey);
        if (!order.replayed()) {
            parcel.orderDoorstep(order.order().id().value());
        }
        return order;
    }

    /** A doorstep order's completion delivers its parcel; its cancellation leaves the parcel at the station. */
    @Audited("parcel.follow-order")
    @RequiresPermission(Permissions.ORDER_ACT)
    public void followOrder(@AuditTarget OrderId order, OrderStatus now) {
        em.createQuery("select p from Parcel p where p.doorstepOrderId = :order", Parcel.class)
                .setParameter("order", order.value()).getResultStream().findFirst().ifPresent(parcel -> {
                    if (now == OrderStatus.COMPLETED) {
                        parcel.delivered(CurrentUser.require().username(), clock.instant());
                    } else if (now == OrderStatus.CANCELLED || now == OrderStatus.REFUNDED) {
                        parcel.doorstepDropped();
                    }
                });
    }

    private Parcel ofMyStation(long parcelId) {
        long station = providers.myStaff().provider().value();
        Parcel parcel = em.find(Parcel.class, parcelId);
        if (parcel == null || parcel.stationId() != station) {
            throw DomainException.notFound("parcel_not_found");
        }
        return parcel;
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid(FieldError.of(field, "required"));
        }
        if (text.strip().length() > max) {
            throw DomainException.invalid(FieldError.of(field, "size", 1, max));
        }
        return text.strip();
    }
}
