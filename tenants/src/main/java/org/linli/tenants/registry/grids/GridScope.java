package org.linli.tenants.registry.grids;

/**
 * The grid scoping of registry entities, declared once: a grid worker sees only the households, residents and
 * vehicles of their grids, everyone else the whole tenant. EclipseLink adds {@link #CRITERIA} to every query of
 * an entity annotated with it, with the parameters bound per transaction by {@link GridScopeBinding}; a transaction
 * that did not bind them cannot read these entities at all.
 */
public final class GridScope {

    public static final String ALL = "linli_grid_all";
    public static final String IDS = "linli_grid_ids";
    public static final String CRITERIA = "(:" + ALL + " = 1 or this.gridId in :" + IDS + ")";

    private GridScope() {
    }
}
