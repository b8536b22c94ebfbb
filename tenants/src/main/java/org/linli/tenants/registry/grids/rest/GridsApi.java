package org.linli.tenants.registry.grids.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.tenants.registry.grids.GridSummary;

import java.util.List;

/**
 * The request and response bodies of {@link GridResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class GridsApi {

    private GridsApi() {
    }

    public record GridResponse(long id, String name, List<Long> buildingIds, List<Long> workerIds, long households) {
        static GridResponse of(GridSummary grid) {
            return new GridResponse(grid.id().value(), grid.name(), grid.buildingIds(), grid.workerIds(),
                    grid.households());
        }
    }

    public record GridRequest(String name) {
    }

    public record IdsRequest(@NotNull List<Long> ids) {
    }

    public record IdsResponse(List<Long> ids) {
    }
}
