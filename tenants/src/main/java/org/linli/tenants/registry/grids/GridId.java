package org.linli.tenants.registry.grids;

import org.linli.platform.audit.AuditSubject;

/** Identity of a grid within its tenant. */
public record GridId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "grid:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
