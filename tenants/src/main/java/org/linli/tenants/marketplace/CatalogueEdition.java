package org.linli.tenants.marketplace;

import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.modules.Module;

/**
 * What a browse of the catalogue answers from ({@link CatalogService#edition}, {@link CatalogService#signedInEdition}):
 * the tenant, the number its database raises with every change to what is on sale and to its modules, and the module
 * asked for ({@code null}: every enabled one). Equal values answer equal pages.
 */
public record CatalogueEdition(TenantId tenant, long number, Module module) {
}
