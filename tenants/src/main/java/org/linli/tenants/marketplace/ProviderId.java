package org.linli.tenants.marketplace;

import org.linli.platform.audit.AuditSubject;

/** Identity of a service provider within its tenant. */
public record ProviderId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "provider:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
