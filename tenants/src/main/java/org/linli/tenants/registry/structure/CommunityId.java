package org.linli.tenants.registry.structure;

import org.linli.platform.audit.AuditSubject;

/** Identity of a community within its tenant. */
public record CommunityId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "community:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
