package org.linli.tenants.marketplace;

import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.modules.Module;

import java.util.List;

/**
 * What a browse of the catalogue answers from ({@link CatalogService#edition}): the tenant, the number its database
 * raises with every change to what is on sale, and the modules the browse covers. Equal values answer equal pages.
 */
public record CatalogueEdition(TenantId tenant, long number, List<Module> modules) {

    public CatalogueEdition {
        modules = List.copyOf(modules);
    }
}
