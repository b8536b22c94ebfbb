package org.linli.platform.tenancy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.audit.AuditTarget;
import org.linli.platform.audit.Audited;
import org.linli.platform.problem.CommandValidator;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Platform operators onboard tenants and suspend or resume them. */
@ApplicationService
public class TenantService {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Inject
    CommandValidator validator;

    @Inject
    Clock clock;

    @Query
    @RequiresPermission(Permissions.TENANT_READ)
    public Page<Tenant> list(TenantFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and lower(t.name) like :text");
            parameters.put("text", "%" + filter.text().trim().toLowerCase() + "%");
        }
        if (filter.kind() != null) {
            where.append(" and t.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
            parameters.put("status", filter.status());
        }
        TypedQuery<Tenant> items = em.createQuery("select t from Tenant t" + where + " order by t.id", Tenant.class);
        TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setFirstResult(page.offset()).setMaxResults(page.size());
        return Page.of(items.getResultList(), count.getSingleResult(), page);
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

    private Tenant find(TenantId id) {
        Tenant tenant = id == null ? null : em.find(Tenant.class, id.value());
        if (tenant == null) {
            throw DomainException.notFound("tenant_not_found");
        }
        return tenant;
    }
}
