package org.linli.tenants.marketplace;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.tenancy.TenantContext;

import java.util.List;
import java.util.Optional;

/**
 * The reads that the provider services share: a provider by id, a staff account's link, a provider's documents. One
 * place, so that the providers, their documents and their staff answer "not found" and "not linked" alike. It checks
 * no permission itself; the services that use it do.
 */
@Dependent
class ProviderLookup {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    Provider find(ProviderId id) {
        TenantContext.require();
        Provider provider = id == null ? null : em.find(Provider.class, id.value());
        if (provider == null) {
            throw DomainException.notFound("provider_not_found");
        }
        return provider;
    }

    /** The signed-in staff member's link to their provider, or {@code provider_not_linked}. */
    ProviderStaff myStaff() {
        TenantContext.require();
        return staffOf(CurrentUser.require().accountId())
                .orElseThrow(() -> DomainException.forbidden("provider_not_linked"));
    }

    Optional<ProviderStaff> staffOf(long account) {
        return em.createQuery("select s from ProviderStaff s where s.userAccountId = :account", ProviderStaff.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    /** Newest first, at most {@link ProviderDocuments#MAX_DOCUMENTS}. */
    List<ProviderDocument> documentsOf(ProviderId id) {
        return em.createQuery("select d from ProviderDocument d where d.providerId = :provider"
                        + " order by d.file.uploadedAt desc, d.id desc", ProviderDocument.class)
                .setParameter("provider", id.value()).setMaxResults(ProviderDocuments.MAX_DOCUMENTS).getResultList();
    }
}
