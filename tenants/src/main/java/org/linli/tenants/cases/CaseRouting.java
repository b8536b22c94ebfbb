package org.linli.tenants.cases;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.audit.AuditDetail;
import org.linli.platform.audit.Audited;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.tenants.registry.grids.Grid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a case with the grid of its place when grids are reorganised after the report: the open cases of moved
 * buildings (their homes' and the buildings' own) and the common-area cases of their communities (whose grid is
 * the one holding most of the community's buildings) go to the place's grid as it is now, each with an internal
 * step saying so. A closed or rejected case stays with the grid that handled it, so past figures do not move.
 * Run by {@link CaseRouteFollower} inside the transaction that moved the buildings.
 */
@ApplicationService
public class CaseRouting {

    /** The states a case can no longer leave: such cases keep their grid. */
    private static final List<CaseState> SETTLED = List.of(CaseState.CLOSED, CaseState.REJECTED);

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CaseBook book;

    /** Routes the open cases at or around {@code buildings} to their place's grid; the ids of the cases moved. */
    @Audited("case.reroute")
    @RequiresPermission(Permissions.GRID_MANAGE)
    public List<Long> followBuildings(@AuditDetail List<Long> buildings) {
        if (buildings.isEmpty()) {
            return List.of();
        }
        Set<Long> communities = new LinkedHashSet<>(em.createQuery("select distinct b.communityId from Building b"
                + " where b.id in :buildings", Long.class).setParameter("buildings", buildings).getResultList());
        List<CivicCase> cases = new ArrayList<>(em.createQuery("select c from CivicCase c where c.state not in"
                        + " :settled and c.buildingId in :buildings order by c.id", CivicCase.class)
                .setParameter("settled", SETTLED).setParameter("buildings", buildings).getResultList());
        if (!communities.isEmpty()) {
            cases.addAll(em.createQuery("select c from CivicCase c where c.state not in :settled"
                            + " and c.buildingId is null and c.communityId in :communities order by c.id",
                            CivicCase.class).setParameter("settled", SETTLED)
                    .setParameter("communities", communities).getResultList());
        }
        List<Long> moved = new ArrayList<>();
        for (CivicCase c : cases) {
            Long grid = book.gridOf(c.place());
            if (Objects.equals(grid, c.gridId())) {
                continue;
            }
            c.reroute(grid);
            book.step(c, StepKind.REROUTED, StepVisibility.INTERNAL, gridName(grid));
            moved.add(c.id());
        }
        return moved;
    }

    private String gridName(Long grid) {
        return Optional.ofNullable(grid).map(id -> em.find(Grid.class, id)).map(Grid::name).orElse(null);
    }
}
