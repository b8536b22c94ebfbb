package org.linli.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.linli.platform.tenancy.TenantId;

import java.time.Instant;

/**
 * One entry of the audit trail: who did what to which target, for which tenant, when, and how it ended.
 *
 * <p>The trail spans the platform and all tenants (a platform action has no tenant), so the table is platform-owned
 * and append-only: entries are never changed and the application's database role may only insert and select.
 * Tenants read their part through {@link TenantAuditEntry}, which is tenant-scoped like any tenant-owned entity.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", length = 40)
    private String actorRole;

    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @Column(name = "target", length = 200)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "detail", length = 200)
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, TenantId tenant, String actor, String actorRole, String action, String target,
                Outcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.tenantId = tenant == null ? null : tenant.value();
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.target = truncate(target);
        this.outcome = outcome;
        this.detail = truncate(detail);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    public Long id() {
        return id;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, tenantId == null ? null : TenantId.of(tenantId), actor, actorRole,
                action, target, outcome, detail);
    }
}
