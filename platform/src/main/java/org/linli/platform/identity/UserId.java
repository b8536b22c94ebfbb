package org.linli.platform.identity;

import org.linli.platform.audit.AuditSubject;

/** Identity of a tenant's user account. Unique only together with the tenant. */
public record UserId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "user:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
