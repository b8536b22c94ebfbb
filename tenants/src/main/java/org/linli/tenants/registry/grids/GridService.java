package org.linli.tenants.registry.grids;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.identity.UserAccount;
import org.linli.platform.identity.UserId;
import org.linli.platform.identity.UserService;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.security.Role;
import org.linli.platform.tenancy.TenantContext;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.HouseholdStatus;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grids, the buildings they group and the operators who work them. Changing a building's grid moves its households,
 * residents and vehicles — and the orders, parcels, care plans, visits and form answers of those households — along in
 * the same transaction, so the grid scope never disagrees with the structure; other features that route by place
 * follow {@link BuildingsRegridded}. Only operators who are not themselves grid-scoped may reorganise grids.
 */
@ApplicationService
public class GridService {

    /** A tenant divides its communities into a handful of grids; the list is answered whole up to this cap. */
    static final int MAX_GRIDS = 500;

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    UserService users;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    @Inject
    Event<BuildingsRegridded> regridded;

    /** What it takes to create or rename a grid. */
    public record GridName(@NotBlank @Size(max = 100) String name) {
    }

    @Query
    @RequiresPermission(Permissions.GRID_READ)
    public List<GridSummary> list() {
        TenantContext.require();
        List<Grid> grids = em.createQuery("select g from Grid g order by g.name", Grid.class)
                .setMaxResults(MAX_GRIDS).getResultList();
        Map<Long, List<Long>> buildings = em.createQuery(
                        "select b.gridId, b.id from Building b where b.gridId is not null",
                        Object[].class).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
        Map<Long, List<Long>> workers = em.createQuery("select a from GridAssignment a", GridAssignment.class)
                .getResultList().stream().collect(Collectors.groupingBy(a -> a.grid().value(),
                        Collectors.mapping(GridAssignment::userId, Collectors.toList())));
        Map<Long, Long> households = em.createQuery("select h.gridId, count(h) from Household h"
                        + " where h.gridId is not null and h.status = :active group by h.gridId", Object[].class)
                .setParameter("active", HouseholdStatus.ACTIVE).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return grids.stream().map(grid -> new GridSummary(grid.id(), grid.name(),
                buildings.getOrDefault(grid.id().value(), List.of()),
                workers.getOrDefault(grid.id().value(), List.of()),
                households.getOrDefault(grid.id().value(), 0L))).toList();
    }

    @Audited("grid.create")
    @RequiresPermission(Permissions.GRID_MANAGE)
    public Grid create(GridName command) {
        refuseGridWorkers();
        validator.validate(command);
        Grid grid = new Grid(command.name().trim(), clock.instant());
        em.persist(grid);
        return grid;
    }

    @Audited("grid.rename")
    @RequiresPermission(Permissions.GRID_MANAGE)
    public Grid rename(@AuditTarget GridId id, GridName command) {
        refuseGridWorkers();
        validator.validate(command);
        Grid grid = find(id);
        grid.rename(command.name().trim());
        return grid;
    }

    /** Puts the buildings into {@code grid} (or into none when null), moving their households along. */
    @Audited("grid.assign-buildings")
    @RequiresPermission(Permissions.GRID_MANAGE)
    public int assignBuildings(@AuditTarget GridId grid, Collection<Long> buildingIds) {
        refuseGridWorkers();
        Long target = grid == null ? null : find(grid).id().value();
        int moved = 0;
        Set<Long> buildings = new LinkedHashSet<>(buildingIds);
        for (Long buildingId : buildings) {
            Building building = em.find(Building.class,
                    buildingId);
            if (building == null) {
                throw DomainException.notFound("building_not_found");
            }
            building.assignGrid(target);
            moved++;
            em.createQuery("update Household h set h.gridId = :grid"
                    + " where h.buildingId = :building").setParameter("grid", target)
                    .setParameter("building", buildingId).executeUpdate();
            em.createQuery("update Resident r set r.gridId = :grid"
                    + " where r.buildingId = :building").setParameter("grid", target)
                    .setParameter("building", buildingId).executeUpdate();
            em.createQuery("update Vehicle v set v.gridId = :grid where v.householdId in"
                    + " (select h.id from Household h where h.buildingId = :building)")
                    .setParameter("grid", target).setParameter("building", buildingId).executeUpdate();
            moveGridScopedRows(buildingId, target);
        }
        if (!buildings.isEmpty()) {
            regridded.fire(new BuildingsRegridded(List.copyOf(buildings), target));
        }
        return moved;
    }

    /** Moves the rows of other features that follow the building's households or residents (see {@link GridScoped}). */
    private void moveGridScopedRows(long buildingId, Long grid) {
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            GridScoped scoped = entity.getJavaType().getAnnotation(GridScoped.class);
            if (scoped == null) {
                continue;
            }
            String anchors = scoped.anchor() == GridScoped.Anchor.HOUSEHOLD
                    ? "select h.id from Household h where h.buildingId = :building"
                    : "select r.id from Resident r where r.buildingId = :building";
            em.createQuery("update " + entity.getName() + " e set e.gridId = :grid where e." + scoped.follows()
                            + " in (" + anchors + ")")
                    .setParameter("grid", grid).setParameter("building", buildingId).executeUpdate();
        }
    }

    /** Makes exactly these grid workers the grid's workers. */
    @Audited("grid.assign-workers")
    @RequiresPermission(Permissions.GRID_MANAGE)
    public List<Long> assignWorkers(@AuditTarget GridId id, Collection<UserId> workers) {
        refuseGridWorkers();
        Grid grid = find(id);
        Set<Long> wanted = new LinkedHashSet<>();
        for (UserId worker : workers) {
            UserAccount account = users.get(worker);
            if (account.details().role() != Role.GRID_WORKER) {
                throw DomainException.invalid(FieldError.of("workers", "grid_worker_role", account.details().username()));
            }
            wanted.add(worker.value());
        }
        em.createQuery("delete from GridAssignment a where a.gridId = :grid")
                .setParameter("grid", grid.id().value()).executeUpdate();
        wanted.forEach(user -> em.persist(new GridAssignment(grid.id(), user)));
        return List.copyOf(wanted);
    }

    /** The grids the given user works, e.g. to show a grid worker their area. */
    @Query
    @RequiresPermission(Permissions.GRID_READ)
    public List<GridId> gridsOf(UserId user) {
        TenantContext.require();
        return em.createQuery("select a.gridId from GridAssignment a where a.userId = :user", Long.class)
                .setParameter("user", user.value()).getResultList().stream().map(GridId::new).toList();
    }

    private Grid find(GridId id) {
        TenantContext.require();
        Grid grid = id == null ? null : em.find(Grid.class, id.value());
        if (grid == null) {
            throw DomainException.notFound("grid_not_found");
        }
        return grid;
    }

    private void refuseGridWorkers() {
        if (GridScopeBinding.restricted(transactions)) {
            throw DomainException.forbidden("grid_scope_restricted");
        }
    }
}
