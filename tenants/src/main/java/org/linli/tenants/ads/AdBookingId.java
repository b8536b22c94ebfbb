package org.linli.tenants.ads;

import org.linli.platform.audit.AuditSubject;

/** Identifies an advertiser's booking of a slot within its tenant. */
public record AdBookingId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "ad-booking:" + value;
    }
}
