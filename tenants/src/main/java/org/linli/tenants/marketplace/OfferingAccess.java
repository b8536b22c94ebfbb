package org.linli.tenants.marketplace;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.tenancy.TenantContext;

/**
 * Which offering a call may touch, shared by the catalogue and the pictures so both answer the same way: an offering
 * of another provider is "not found" to provider staff, so that its existence is not disclosed. It checks no
 * permission itself; the services that use it do.
 */
@Dependent
class OfferingAccess {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    ProviderService providers;

    /** The offering, if it belongs to the signed-in staff member's provider. */
    Offering own(OfferingId id) {
        Offering offering = find(id);
        if (!offering.provider().equals(providers.myStaff().provider())) {
            throw DomainException.notFound("offering_not_found");
        }
        return offering;
    }

    Offering find(OfferingId id) {
        TenantContext.require();
        Offering offering = id == null ? null : em.find(Offering.class, id.value());
        if (offering == null) {
            throw DomainException.notFound("offering_not_found");
        }
        return offering;
    }
}
