package org.linli.tenants.registry.vehicles;

import org.linli.platform.audit.AuditSubject;

/** Identity of a vehicle within its tenant. */
public record VehicleId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "vehicle:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
