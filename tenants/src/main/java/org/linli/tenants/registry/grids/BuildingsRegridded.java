package org.linli.tenants.registry.grids;

import java.util.List;

/**
 * Buildings were put into another grid (or into none when {@code gridId} is null), their households and residents
 * with them. Fired inside the transaction of the change, so that what other features route by place — open cases —
 * can follow in the same transaction; rows that simply keep a household's grid follow through {@link GridScoped}.
 */
public record BuildingsRegridded(List<Long> buildingIds, Long gridId) {

    public BuildingsRegridded {
        buildingIds = List.copyOf(buildingIds);
    }
}
