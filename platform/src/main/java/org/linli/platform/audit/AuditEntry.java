package org.linli.platform.audit;

import org.linli.platform.tenancy.TenantId;

import java.time.Instant;

/** A read-only view of one audit record. {@code tenant} is null for platform actions. */
public record AuditEntry(long id, Instant occurredAt, TenantId tenant, String actor, String actorRole, String action,
                         String target, Outcome outcome, String detail) {
}
