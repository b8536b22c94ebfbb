package org.linli.tenants.registry.grids;

import java.util.List;

/** A grid with its buildings, its workers (user ids) and how many active households it holds. */
public record GridSummary(GridId id, String name, List<Long> buildingIds, List<Long> workerIds, long households) {
}
