package org.linli.tenants.registry.residents;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;
import org.linli.tenants.registry.structure.HouseholdStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owners' register (see {@link Ownership}): operators record which residents own their home and their share;
 * proposals read who may vote in an owners' decision and with what floor area.
 */
@ApplicationService
public class OwnershipService {

    /** Owners of one home are a handful; more than this is a data error, cut rather than served. */
    static final int MAX_OWNERS = 50;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    /** An owner of a home: the resident, their account (to recognise them signed in) and their share. */
    public record Owner(ResidentId resident, String name, Long userAccountId, int share) {
    }

    /** A home with its floor area (m², null when unknown) and its owners. */
    public record OwnedHome(HouseholdId household, String address, BigDecimal floorArea, List<Owner> owners) {

        /** The floor area in hundredths of a square metre (0 when unknown): exact integers for counting. */
        public long areaCentiSquareMetres() {
            return floorArea == null ? 0 : floorArea.movePointRight(2).longValueExact();
        }
    }

    /** The owners of a household's home, largest share first. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public List<Owner> owners(HouseholdId household) {
        TenantContext.require();
        return ownersOf(List.of(household.value())).getOrDefault(household.value(), List.of());
    }

    /**
     * Records a resident of {@code household} as an owner of its home with {@code share} basis points, or as no owner
     * when {@code share} is null. Refused with 409 {@code ownership_share_exceeded} when the home's shares would
     * add up to more than 100 %.
     */
    @Audited("resident.ownership")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public Owner record(HouseholdId household, @AuditTarget ResidentId id, Integer share) {
        TenantContext.require();
        Resident resident = id == null ? null : em.find(Resident.class, id.value());
        if (resident == null || household == null || resident.household().value() != household.value()) {
            throw DomainException.notFound("resident_not_found");
        }
        if (share != null && (share <= 0 || share > Ownership.WHOLE)) {
            throw DomainException.invalid(FieldError.of("share", "range", 1, Ownership.WHOLE));
        }
        if (share != null && resident.status() == ResidentStatus.INACTIVE) {
            throw DomainException.invalidTransition(resident.status(), "own");
        }
        List<Integer> shares = new ArrayList<>(em.createQuery("select r.ownershipShare from Resident r"
                        + " where r.householdId = :household and r.ownershipShare is not null and r.id <> :self",
                        Integer.class)
                .setParameter("household", resident.household().value()).setParameter("self", id.value())
                .getResultList());
        if (share != null) {
            shares.add(share);
        }
        if (!Ownership.fits(shares)) {
            throw DomainException.conflict("ownership_share_exceeded");
        }
        resident.recordOwnership(share);
        return new Owner(resident.id(), resident.name(), resident.userAccountId(), share == null ? 0 : share);
    }

    /**
     * The electorate of an owners' decision in a community: its active homes that have at least one active owner,
     * each with its floor area and owners. Read by proposals for residents and operators alike.
     */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public List<OwnedHome> electorate(CommunityId community) {
        TenantContext.require();
        List<Household> homes = em.createQuery("select h from Household h where h.communityId = :community"
                        + " and h.status = :active order by h.id", Household.class)
                .setParameter("community", community.value()).setParameter("active", HouseholdStatus.ACTIVE)
                .getResultList();
        Map<Long, List<Owner>> owners = ownersOf(homes.stream().map(h -> h.id().value()).toList());
        return homes.stream().filter(h -> owners.containsKey(h.id().value()))
                .map(h -> new OwnedHome(h.id(), h.address(), h.floorArea(), owners.get(h.id().value()))).toList();
    }

    /** How many verified residents a community has: the electorate of a simple poll. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public long verifiedResidents(CommunityId community) {
        TenantContext.require();
        return em.createQuery("select count(r) from Resident r where r.communityId = :community"
                        + " and r.status = :active", Long.class)
                .setParameter("community", community.value()).setParameter("active", ResidentStatus.ACTIVE)
                .getSingleResult();
    }

    /** The caller-independent view of one home, as {@link #electorate} has it; empty when nobody owns it. */
    @Query
    @RequiresPermission(Permissions.PROPOSAL_TAKE_PART)
    public Optional<OwnedHome> home(HouseholdId household) {
        TenantContext.require();
        Household home = em.find(Household.class, household.value());
        if (home == null || !home.isActive()) {
            return Optional.empty();
        }
        List<Owner> owners = ownersOf(List.of(household.value())).get(household.value());
        return owners == null ? Optional.empty()
                : Optional.of(new OwnedHome(home.id(), home.address(), home.floorArea(), owners));
    }

    private Map<Long, List<Owner>> ownersOf(List<Long> households) {
        Map<Long, List<Owner>> owners = new LinkedHashMap<>();
        for (int from = 0; from < households.size(); from += 500) {
            // Owners are those with a share (see Resident#recordOwnership): H2 refuses EclipseLink's 1 for true.
            em.createQuery("select r from Resident r where r.householdId in :households"
                            + " and r.ownershipShare is not null and r.status = :active"
                            + " order by r.ownershipShare desc, r.id", Resident.class)
                    .setParameter("households", households.subList(from, Math.min(households.size(), from + 500)))
                    .setParameter("active", ResidentStatus.ACTIVE).getResultList()
                    .forEach(r -> {
                        List<Owner> home = owners.computeIfAbsent(r.household().value(), k -> new ArrayList<>());
                        if (home.size() < MAX_OWNERS) {
                            home.add(new Owner(r.id(), r.name(), r.userAccountId(), r.ownershipShare()));
                        }
                    });
        }
        return owners;
    }
}
