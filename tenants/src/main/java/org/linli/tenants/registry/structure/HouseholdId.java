package org.linli.tenants.registry.structure;

import org.linli.platform.audit.AuditSubject;

/** Identity of a household within its tenant. */
public record HouseholdId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "household:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
