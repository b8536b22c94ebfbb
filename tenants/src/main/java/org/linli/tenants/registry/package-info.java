/**
 * The resident registry, collected once and used by every module: communities, buildings, units and households
 * (with floor area), residents with their tags and owners' shares, vehicles, grids and their workers, residents'
 * self-registration by invite, and the import and export pipeline. Personal fields are disclosed through the privacy
 * policy, and grid workers see only the households of their grids ({@link org.linli.tenants.registry.grids.GridScoped}).
 */
package org.linli.tenants.registry;
