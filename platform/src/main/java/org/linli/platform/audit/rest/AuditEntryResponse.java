package org.linli.platform.audit.rest;

import org.linli.platform.audit.AuditEntry;
import org.linli.platform.audit.Outcome;

import java.time.Instant;

public record AuditEntryResponse(long id, Instant occurredAt, Long tenantId, String actor, String actorRole,
                                 String action, String target, Outcome outcome, String detail) {

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.id(), entry.occurredAt(),
                entry.tenant() == null ? null : entry.tenant().value(), entry.actor(), entry.actorRole(),
                entry.action(), entry.target(), entry.outcome(), entry.detail());
    }
}
