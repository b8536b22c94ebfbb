package org.linli.platform.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.linli.platform.application.ApplicationService;
import org.linli.platform.application.Page;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.PagedQuery;
import org.linli.platform.application.Query;
import org.linli.platform.problem.DomainException;
import org.linli.platform.security.CurrentUser;
import org.linli.platform.security.Permissions;
import org.linli.platform.security.RequiresPermission;
import org.linli.platform.tenancy.TenantContext;

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
        return PagedQuery.of(em, type, "a")
                .filter("a.actor = :actor", "actor", filter.actor() == null ? null : filter.actor().trim())
                .filter("a.action like :action", "action",
                        filter.action() == null || filter.action().isBlank() ? null : filter.action().trim() + "%")
                .filter("a.outcome = :outcome", "outcome", filter.outcome())
                .filter("a.occurredAt >= :from", "from", filter.from())
                .filter("a.occurredAt < :to", "to", filter.to())
                .page("a.occurredAt desc, a.id desc", page).map(view);
    }
}
