package org.linli.tenants.parking;

import org.linli.platform.audit.AuditSubject;

/** Identity of a parking lot within its tenant. */
public record LotId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "parking-lot:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
