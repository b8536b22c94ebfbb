package org.linli.platform.tenancy;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.util.Optional;

/** Platform operators onboard tenants and suspend or resume them. */
@ApplicationService
public class TenantService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    @Inject
    TenantDirectory directory;

    /** The name of the tenant the caller acts for, for headings and documents; empty when acting for none. */
    @Query
    @PermitAll
    public String currentName() {
        return TenantContext.current().map(directory::nameOf).orElse("");
    }

    /**
     * The kind of the tenant the caller acts for — a district sees what its property companies escalate to it, a
     * property company does not — or empty when acting for none.
     */
    @Query
    @PermitAll
    public Optional<TenantKind> currentKind() {
        return TenantContext.current().flatMap(directory::find).map(TenantSummary::kind);
    }

    /** Whether the caller acts for a district (街道). */
    @Query
    @PermitAll
    public boolean actsForDistrict() {
        return currentKind().filter(kind -> kind == TenantKind.DISTRICT).isPresent();
    }

    @Query
    @RequiresPermission(Permissions.TENANT_READ)
    public Page<Tenant> list(TenantFilter filter, PageRequest page) {
        return PagedQuery.of(em, Tenant.class, "t")
                .filter("lower(t.name) like :text", "text", PagedQuery.contains(filter.text()))
                .filter("t.kind = :kind", "kind", filter.kind())
                .filter("t.status = :status", "status", filter.status())
                .page("t.id", page);
    }

    @Query
    @RequiresPermission(Permissions.TENANT_READ)
    public Tenant get(TenantId id) {
        return find(id);
    }

    @Audited("tenant.create")
    @RequiresPermission(Permissions.TENANT_MANAGE)
    public Tenant create(NewTenant command) {
        validator.validate(command);
        String name = command.name().trim();
        boolean taken = !em.createQuery("select t.id from Tenant t where t.name = :name", Long.class)
                .setParameter("name", name).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("tenant_name_taken", name);
        }
        Tenant tenant = new Tenant(command.kind(), name, clock.instant());
        em.persist(tenant);
        return tenant;
    }

    @Audited("tenant.suspend")
    @RequiresPermission(Permissions.TENANT_MANAGE)
    public Tenant suspend(@AuditTarget TenantId id) {
        Tenant tenant = find(id);
        tenant.suspend(clock.instant());
        return tenant;
    }

    @Audited("tenant.resume")
    @RequiresPermission(Permissions.TENANT_MANAGE)
    public Tenant resume(@AuditTarget TenantId id) {
        Tenant tenant = find(id);
        tenant.resume(clock.instant());
        return tenant;
    }

    /** Names the district supervising a property company, or none when {@code district} is null. */
    @Audited("tenant.supervise")
    @RequiresPermission(Permissions.TENANT_MANAGE)
    public Tenant superviseBy(@AuditTarget TenantId id, TenantId district) {
        Tenant tenant = find(id);
        tenant.superviseBy(district == null ? null : find(district));
        return tenant;
    }

    private Tenant find(TenantId id) {
        Tenant tenant = id == null ? null : em.find(Tenant.class, id.value());
        if (tenant == null) {
            throw DomainException.notFound("tenant_not_found");
        }
        return tenant;
    }
}
