package org.linli.tenants.registry.residents;

import org.linli.platform.audit.AuditSubject;

/** Identity of a resident within its tenant. */
public record ResidentId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "resident:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
