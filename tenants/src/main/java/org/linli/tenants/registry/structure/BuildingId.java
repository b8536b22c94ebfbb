package org.linli.tenants.registry.structure;

import org.linli.platform.audit.AuditSubject;

/** Identity of a building within its tenant. */
public record BuildingId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "building:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
