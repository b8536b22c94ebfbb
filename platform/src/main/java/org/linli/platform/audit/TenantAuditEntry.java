package org.linli.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;
import org.linli.platform.tenancy.TenantOwned;

import java.time.Instant;

/**
 * The audit trail as one tenant sees it: the same rows as {@link AuditRecord}, read through the tenant scoping so
 * that a tenant's operators cannot see another tenant's entries or platform actions.
 */
@Entity
@ReadOnly
@Table(name = "audit_record")
public class TenantAuditEntry extends TenantOwned {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor")
    private String actor;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "action")
    private String action;

    @Column(name = "target")
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "detail")
    private String detail;

    protected TenantAuditEntry() {
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, tenant(), actor, actorRole, action, target, outcome, detail);
    }
}
