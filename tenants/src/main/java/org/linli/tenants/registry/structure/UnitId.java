package org.linli.tenants.registry.structure;

import org.linli.platform.audit.AuditSubject;

/** Identity of a unit within its tenant. */
public record UnitId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "unit:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
