package org.linli.platform.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.Query;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Browses the audit trail, newest first. Acting for a tenant, the caller sees that tenant's trail through the tenant
 * scoping; acting for no tenant (a platform operator who chose none), the whole trail, which needs
 * {@link Permissions#AUDIT_READ_ALL}.
 */
@ApplicationService
public class AuditQueries {

    @PersistenceContext(unitName = "linli")
    EntityManager em;

    @Query
    @RequiresPermission(Permissions.AUDIT_READ)
    public Page<AuditEntry> browse(AuditFilter filter, PageRequest page) {
        if (TenantContext.current().isPresent()) {
            return query(TenantAuditEntry.class, TenantAuditEntry::toEntry, filter, page);
        }
        if (!CurrentUser.isPermitted(Permissions.AUDIT_READ_ALL)) {
            throw DomainException.forbidden("forbidden");
        }
        return query(AuditRecord.class, AuditRecord::toEntry, filter, page);
    }

    private <E> Page<AuditEntry> query(Class<E> type, Function<E, AuditEntry> view, AuditFilter filter,
                                       PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and a.actor = :actor");
            parameters.put("actor", filter.actor().trim());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and a.action like :action");
            parameters.put("action", filter.action().trim() + "%");
        }
        if (filter.outcome() != null) {
            where.append(" and a.outcome = :outcome");
            parameters.put("outcome", filter.outcome());
        }
        if (filter.from() != null) {
            where.append(" and a.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and a.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        String entity = type.getSimpleName();
        TypedQuery<E> items = em.createQuery(
                "select a from " + entity + " a" + where + " order by a.occurredAt desc, a.id desc", type);
        TypedQuery<Long> count = em.createQuery("select count(a) from " + entity + " a" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setFirstResult(page.offset()).setMaxResults(page.size());
        List<AuditEntry> entries = items.getResultList().stream().map(view).toList();
        return Page.of(entries, count.getSingleResult(), page);
    }
}
