package org.linli.tenants.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linli.tenants.registry.grids.BuildingsRegridded;

/**
 * Passes grid reorganisations on to the cases: in the transaction that moved the buildings, their open cases move to
 * the new grid (see {@link CaseRouting}), so a grid worker never loses a case of their area nor keeps one of another.
 */
@ApplicationScoped
public class CaseRouteFollower {

    @Inject
    CaseRouting routing;

    void onBuildingsRegridded(@Observes BuildingsRegridded regridded) {
        routing.followBuildings(regridded.buildingIds());
    }
}
