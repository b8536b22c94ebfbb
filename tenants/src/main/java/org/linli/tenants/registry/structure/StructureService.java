package org.linli.tenants.registry.structure;

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
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.RegistryEvent;
import org.linli.tenants.registry.RegistryEventKind;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.vehicles.Vehicle;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * The registry's structure: communities, their buildings and units, and the households (homes) in them. Households
 * are never deleted: they are deactivated when empty or merged into another one, and both are kept as history.
 */
@ApplicationService
public class StructureService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<Community> communities(PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Community.class, "c").page("c.name, c.id", page);
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Community community(CommunityId id) {
        return find(Community.class, id == null ? null : id.value(), "community_not_found");
    }

    @Audited("community.create")
    @RequiresPermission(Permissions.STRUCTURE_MANAGE)
    public Community createCommunity(StructureCommands.NewCommunity command) {
        TenantContext.require();
        validator.validate(command);
        String name = command.name().trim();
        if (!em.createQuery("select c.id from Community c where c.name = :name", Long.class)
                .setParameter("name", name).getResultList().isEmpty()) {
            throw DomainException.conflict("community_name_taken", name);
        }
        Community community = new Community(name, blankToNull(command.address()), clock.instant());
        em.persist(community);
        return community;
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<Building> buildings(CommunityId community, PageRequest page) {
        community(community);
        return PagedQuery.of(em, Building.class, "b").filter("b.communityId = :community", "community",
                community.value()).page("b.name, b.id", page);
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Building building(BuildingId id) {
        return find(Building.class, id == null ? null : id.value(), "building_not_found");
    }

    @Audited("building.create")
    @RequiresPermission(Permissions.STRUCTURE_MANAGE)
    public Building createBuilding(StructureCommands.NewBuilding command) {
        validator.validate(command);
        Community community = community(command.community());
        String name = command.name().trim();
        if (!em.createQuery("select b.id from Building b where b.communityId = :community and b.name = :name",
                Long.class).setParameter("community", community.id().value()).setParameter("name", name)
                .getResultList().isEmpty()) {
            throw DomainException.conflict("building_name_taken", name);
        }
        Building building = new Building(community.id(), name);
        em.persist(building);
        return building;
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<BuildingUnit> units(BuildingId building, PageRequest page) {
        building(building);
        return PagedQuery.of(em, BuildingUnit.class, "u").filter("u.buildingId = :building", "building",
                building.value()).page("u.name, u.id", page);
    }

    @Audited("unit.create")
    @RequiresPermission(Permissions.STRUCTURE_MANAGE)
    public BuildingUnit createUnit(StructureCommands.NewUnit command) {
        validator.validate(command);
        Building building = building(command.building());
        String name = command.name().trim();
        if (!em.createQuery("select u.id from BuildingUnit u where u.buildingId = :building and u.name = :name",
                Long.class).setParameter("building", building.id().value()).setParameter("name", name)
                .getResultList().isEmpty()) {
            throw DomainException.conflict("unit_name_taken", name);
        }
        BuildingUnit unit = new BuildingUnit(building.id(), name);
        em.persist(unit);
        return unit;
    }

    /** Filters for the household list; every part is optional. */
    public record HouseholdFilter(CommunityId community, BuildingId building, UnitId unit, Long grid, String text,
                                  HouseholdStatus status) {

        public static HouseholdFilter all() {
            return new HouseholdFilter(null, null, null, null, null, null);
        }
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<Household> households(HouseholdFilter filter, PageRequest page) {
        TenantContext.require();
        return PagedQuery.of(em, Household.class, "h")
                .filter("h.communityId = :community", "community",
                        filter.community() == null ? null : filter.community().value())
                .filter("h.buildingId = :building", "building",
                        filter.building() == null ? null : filter.building().value())
                .filter("h.unitId = :unit", "unit", filter.unit() == null ? null : filter.unit().value())
                .filter("h.gridId = :grid", "grid", filter.grid())
                .filter("h.status = :status", "status", filter.status())
                .filter("h.address like :text", "text",
                        filter.text() == null || filter.text().isBlank() ? null : "%" + filter.text().trim() + "%")
                .page("h.address", page);
    }

    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Household household(HouseholdId id) {
        return find(Household.class, id == null ? null : id.value(), "household_not_found");
    }

    @Audited("household.create")
    @RequiresPermission(Permissions.STRUCTURE_MANAGE)
    public Household createHousehold(StructureCommands.NewHousehold command) {
        validator.validate(command);
        BuildingUnit unit = find(BuildingUnit.class, command.unit().value(), "unit_not_found");
        Building building = building(unit.building());
        Community community = community(building.community());
        String room = command.room().trim();
        if (!em.createQuery("select h.id from Household h where h.unitId = :unit and h.room = :room"
                        + " and h.status = :active", Long.class)
                .setParameter("unit", unit.id().value()).setParameter("room", room)
                .setParameter("active", HouseholdStatus.ACTIVE).getResultList().isEmpty()) {
            throw DomainException.conflict("household_exists", room);
        }
        Household household = new Household(unit, building, community, room, command.floorArea(), clock.instant());
        em.persist(household);
        return household;
    }

    @Audited("household.update")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public Household changeFloorArea(@AuditTarget HouseholdId id, BigDecimal floorArea) {
        Household household = household(id);
        validator.validate(new StructureCommands.NewHousehold(household.unit(), household.room(), floorArea));
        household.changeFloorArea(floorArea);
        return household;
    }

    /** Marks an empty home as no longer lived in; refused while active residents live there. */
    @Audited("household.deactivate")
    @RequiresPermission(Permissions.REGISTRY_MANAGE)
    public Household deactivate(@AuditTarget HouseholdId id) {
        Household household = household(id);
        long living = em.createQuery("select count(r) from Resident r where r.householdId = :household"
                        + " and r.status <> :inactive", Long.class)
                .setParameter("household", id.value()).setParameter("inactive", ResidentStatus.INACTIVE)
                .getSingleResult();
        if (living > 0) {
            throw DomainException.conflict("household_not_empty", living);
        }
        household.deactivate();
        em.persist(RegistryEvent.ofHousehold(RegistryEventKind.HOUSEHOLD_DEACTIVATED, household.id(), null,
                CurrentUser.username(), clock.instant()));
        return household;
    }

    /** Merges a household into another: its residents and vehicles move there, it is kept as {@code MERGED}. */
    @Audited("household.merge")
    @RequiresPermission(Permissions.STRUCTURE_MANAGE)
    public Household merge(@AuditTarget HouseholdId source, HouseholdId target) {
        Household from = household(source);
        Household into = household(target);
        from.mergeInto(into);
        for (Resident resident : em.createQuery("select r from Resident r where r.householdId = :household",
                Resident.class).setParameter("household", source.value()).getResultList()) {
            if (resident.status() != ResidentStatus.INACTIVE) {
                resident.moveTo(into);
                em.persist(RegistryEvent.ofResident(RegistryEventKind.RESIDENT_MOVED, resident.id(), from.id(),
                        into.id(), CurrentUser.username(), clock.instant()));
            }
        }
        for (Vehicle vehicle : em.createQuery("select v from Vehicle v where v.householdId = :household",
                Vehicle.class).setParameter("household", source.value()).getResultList()) {
            vehicle.moveTo(into);
        }
        em.persist(RegistryEvent.ofHousehold(RegistryEventKind.HOUSEHOLD_MERGED, from.id(), into.id(),
                CurrentUser.username(), clock.instant()));
        return into;
    }

    /** A page of the history of a household, oldest first: merges, deactivation, residents moving in and out. */
    @Query
    @RequiresPermission(Permissions.REGISTRY_READ)
    public Page<RegistryEvent> history(HouseholdId id, PageRequest page) {
        household(id);
        return PagedQuery.of(em, RegistryEvent.class, "e")
                .filter("(e.householdId = :household or e.otherHouseholdId = :household)", "household", id.value())
                .page("e.occurredAt, e.id", page);
    }

    private <T> T find(Class<T> type, Long id, String notFound) {
        TenantContext.require();
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw DomainException.notFound(notFound);
        }
        return found;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
