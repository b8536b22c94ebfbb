package org.linli.tenants.parking;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
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
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.StructureService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parking lots (停车场): operators set up a community's lots with their tariff, provider and numbered spaces; everyone
 * who may browse reads them, and the staff at the gate see the lots they attend. Kept apart from the permits
 * ({@link ParkingPermits}) and the stays at the gate ({@link VisitorSessions}), which both only read a lot.
 */
@ApplicationService
public class ParkingLots {

    /** Hard caps of the lists answered whole (a tenant has few lots; a lot a bounded number of spaces). */
    static final int MAX_LOTS = 200;
    static final int MAX_SPACES = 2000;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    StructureService structure;

    @Inject
    ProviderService providers;

    @Inject
    LotAccess access;

    @Inject
    Clock clock;

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
        return access.lot(id);
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
}
