package org.linli.tenants.ads;

import org.linli.platform.audit.AuditSubject;

/** Identifies an ad slot within its tenant. */
public record AdSlotId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "ad-slot:" + value;
    }
}
