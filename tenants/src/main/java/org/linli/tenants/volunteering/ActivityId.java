package org.linli.tenants.volunteering;

import org.linli.platform.audit.AuditSubject;

/** Identifies a volunteer activity within its tenant. */
public record ActivityId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "volunteer-activity:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
