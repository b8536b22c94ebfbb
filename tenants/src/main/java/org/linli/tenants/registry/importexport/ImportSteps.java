package org.linli.tenants.registry.importexport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.linli.platform.application.ServiceBoundary;
import org.linli.platform.crypto.PersonalDataVault;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.grids.GridScopeBinding;
import org.linli.tenants.registry.residents.Resident;
import org.linli.tenants.registry.residents.ResidentStatus;
import org.linli.tenants.registry.residents.ResidentTag;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.BuildingUnit;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdStatus;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transactional steps of an import, each in a transaction of its own, so that a list of ten thousand rows is
 * written in short chunks instead of one long transaction holding everything in memory. Used only by
 * {@link ResidentImport}, which audits the import as a whole.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@ServiceBoundary
@RequiresPermission(Permissions.REGISTRY_IMPORT)
public class ImportSteps {

    static final int CHUNK = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PersonalDataVault vault;

    @Inject
    Clock clock;

    /**
     * The owners' shares the registry already records for the homes that rows with a share name (by community,
     * building, unit and room, as the import finds its homes), keyed by {@link ImportRow#householdKey()}; homes
     * without a recorded owner are left out.
     */
    public Map<String, Integer> recordedShares(Collection<ImportRow> rows) {
        refuseGridWorkers();
        List<String> communities = rows.stream().filter(row -> row.ownershipShare() != null)
                .map(ImportRow::community).distinct().toList();
        Map<String, Integer> recorded = new HashMap<>();
        for (int from = 0; from < communities.size(); from += CHUNK) {
            em.createQuery("select c.name, b.name, u.name, h.room, sum(r.ownershipShare)"
                            + " from Resident r, Household h, BuildingUnit u, Building b, Community c"
                            + " where r.householdId = h.id and h.unitId = u.id and u.buildingId = b.id"
                            + " and b.communityId = c.id and h.status = :active and r.ownershipShare is not null"
                            + " and c.name in :names group by c.name, b.name, u.name, h.room", Object[].class)
                    .setParameter("active", HouseholdStatus.ACTIVE)
                    .setParameter("names", communities.subList(from, Math.min(communities.size(), from + CHUNK)))
                    .getResultList().forEach(row -> recorded.put(String.join("\u0000", (String) row[0],
                            (String) row[1], (String) row[2], (String) row[3]), ((Number) row[4]).intValue()));
        }
        return recorded;
    }

    /** Of these blind indexes ({@code mobileIndex} or {@code idNumberIndex}), the ones already registered. */
    public Set<String> registered(String indexField, Collection<String> indexes) {
        refuseGridWorkers();
        if (!indexField.equals("mobileIndex") && !indexField.equals("idNumberIndex")) {
            throw new IllegalArgumentException(indexField);
        }
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(indexes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(em.createQuery("select r." + indexField + " from Resident r where r." + indexField
                            + " in :indexes", String.class)
                    .setParameter("indexes", all.subList(from, Math.min(all.size(), from + CHUNK))).getResultList());
        }
        return found;
    }

    public long start(String fileName, ImportMode mode, int total, int invalid, String actor) {
        refuseGridWorkers();
        ImportJob job = new ImportJob(fileName, mode, total, invalid, actor, clock.instant());
        em.persist(job);
        em.flush();
        return job.id();
    }

    /**
     * Writes one chunk of checked rows: finds or creates their communities, buildings, units and households (the
     * ids are remembered in {@code structure} for the next chunks) and creates the residents, marked with the job.
     */
    public int write(long job, List<ImportRow> rows, Map<String, Long> structure) {
        refuseGridWorkers();
        for (ImportRow row : rows) {
            Household household = household(job, row, structure);
            Resident resident = new Resident(household, row.name(), ResidentStatus.ACTIVE, clock.instant());
            resident.describe(row.name(), row.gender(), row.relation());
            resident.sealContact(vault.seal(row.mobile()), vault.index(row.mobile()));
            resident.sealIdentity(vault.seal(row.idNumber()), vault.index(row.idNumber()),
                    vault.seal(row.birthDate() == null ? null : row.birthDate().toString()));
            resident.importedIn(job);
            resident.recordOwnership(row.ownershipShare());
            if (row.floorArea() != null) {
                household.changeFloorArea(row.floorArea());
            }
            em.persist(resident);
            row.tags().forEach(tag -> em.persist(new ResidentTag(resident.id(), tag)));
        }
        return rows.size();
    }

    public void finish(long job, ImportJob.Status status, int imported) {
        ImportJob found = em.find(ImportJob.class, job);
        if (found != null) {
            found.finish(status, imported, clock.instant());
        }
    }

    /** Takes back everything a failed import created: its residents (with their tags) and households. */
    public void takeBack(long job) {
        em.createQuery("delete from ResidentTag t where t.residentId in"
                + " (select r.id from Resident r where r.importBatch = :job)").setParameter("job", job).executeUpdate();
        em.createQuery("delete from Resident r where r.importBatch = :job").setParameter("job", job).executeUpdate();
        em.createQuery("delete from Household h where h.importBatch = :job").setParameter("job", job).executeUpdate();
    }

    private Household household(long job, ImportRow row, Map<String, Long> structure) {
        Long known = structure.get("h\u0000" + row.householdKey());
        if (known != null) {
            return em.find(Household.class, known);
        }
        Community community = community(row.community(), structure);
        Building building = building(community, row.building(), structure);
        BuildingUnit unit = unit(building, row.unit(), structure);
        Household household = em.createQuery("select h from Household h where h.unitId = :unit and h.room = :room"
                        + " and h.status = :active", Household.class)
                .setParameter("unit", unit.id().value()).setParameter("room", row.room())
                .setParameter("active", HouseholdStatus.ACTIVE).getResultStream().findFirst().orElseGet(() -> {
                    Household created = new Household(unit, building, community, row.room(), null, clock.instant());
                    created.importedIn(job);
                    em.persist(created);
                    // EclipseLink inserts unrelated entities in the order of their class names, and a resident
                    // (registry.residents) sorts before its household (registry.structure): the home goes in first.
                    em.flush();
                    return created;
                });
        structure.put("h\u0000" + row.householdKey(), household.id().value());
        return household;
    }

    private Community community(String name, Map<String, Long> structure) {
        Long known = structure.get("c\u0000" + name);
        if (known != null) {
            return em.find(Community.class, known);
        }
        Community community = em.createQuery("select c from Community c where c.name = :name", Community.class)
                .setParameter("name", name).getResultStream().findFirst().orElseGet(() -> {
                    Community created = new Community(name, null, clock.instant());
                    em.persist(created);
                    return created;
                });
        structure.put("c\u0000" + name, community.id().value());
        return community;
    }

    private Building building(Community community, String name, Map<String, Long> structure) {
        String key = "b\u0000" + community.id().value() + "\u0000" + name;
        Long known = structure.get(key);
        if (known != null) {
            return em.find(Building.class, known);
        }
        Building building = em.createQuery("select b from Building b where b.communityId = :community"
                        + " and b.name = :name", Building.class)
                .setParameter("community", community.id().value()).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    Building created = new Building(community.id(), name);
                    em.persist(created);
                    return created;
                });
        structure.put(key, building.id().value());
        return building;
    }

    private BuildingUnit unit(Building building, String name, Map<String, Long> structure) {
        String key = "u\u0000" + building.id().value() + "\u0000" + name;
        Long known = structure.get(key);
        if (known != null) {
            return em.find(BuildingUnit.class, known);
        }
        BuildingUnit unit = em.createQuery("select u from BuildingUnit u where u.buildingId = :building"
                        + " and u.name = :name", BuildingUnit.class)
                .setParameter("building", building.id().value()).setParameter("name", name)
                .getResultStream().findFirst().orElseGet(() -> {
                    BuildingUnit created = new BuildingUnit(building.id(), name);
                    em.persist(created);
                    return created;
                });
        structure.put(key, unit.id().value());
        return unit;
    }

    private void refuseGridWorkers() {
        if (GridScopeBinding.restricted(transactions)) {
            throw DomainException.forbidden("grid_scope_restricted");
        }
    }
}
