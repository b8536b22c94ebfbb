/**
 * Grid management (网格): grids, the buildings they group and the grid workers who work them ({@link GridService}), and
 * the grid scope every feature's household rows share ({@link GridScope}, {@link GridScoped}, bound per transaction by
 * {@link GridScopeBinding}). A grid worker sees only their grids' households, residents, vehicles and what hangs off
 * them; moving a building to another grid moves all of that along in the same transaction, so the scope never
 * disagrees with the structure.
 */
package org.linli.tenants.registry.grids;
