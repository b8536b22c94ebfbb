package org.linli.tenants.orders;

import org.linli.platform.audit.AuditSubject;

/** Identity of a service order within its tenant. */
public record OrderId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "order:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
