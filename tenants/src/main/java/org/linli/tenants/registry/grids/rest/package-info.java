/**
 * The grids API ({@link GridResource}): grids with their buildings, workers and households counted; grids created and
 * renamed, their buildings and workers set. The resource only translates HTTP to
 * {@link org.linli.tenants.registry.grids.GridService}, where permissions, the rule that grid-scoped operators cannot
 * reorganise grids, and audit live.
 */
package org.linli.tenants.registry.grids.rest;
