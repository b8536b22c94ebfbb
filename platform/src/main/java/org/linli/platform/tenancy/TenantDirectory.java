package org.linli.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Looks tenants up for the security layer (is this tenant active? does it exist?) before and outside any use case,
 * e.g. at sign-in or when a platform operator names a tenant in a request header.
 */
@ApplicationScoped
@Transactional
public class TenantDirectory {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    public Optional<TenantSummary> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value())).map(TenantSummary::of);
    }

    /** The tenant's name, for documents and headings; empty when there is no such tenant. */
    public String nameOf(TenantId id) {
        return find(id).map(TenantSummary::name).orElse("");
    }

    public boolean isActive(TenantId id) {
        return find(id).map(TenantSummary::isActive).orElse(false);
    }

    /** The district supervising {@code id} (a property company), if one is set. */
    public Optional<TenantId> supervisorOf(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value())).flatMap(Tenant::supervisingDistrict);
    }

    /** Every active tenant, for jobs that visit each tenant in turn. */
    public List<TenantId> active() {
        return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList().stream()
                .map(TenantSummary::of).filter(TenantSummary::isActive).map(TenantSummary::id).toList();
    }
}
