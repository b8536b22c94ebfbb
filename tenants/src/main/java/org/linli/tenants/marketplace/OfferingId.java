package org.linli.tenants.marketplace;

import org.linli.platform.audit.AuditSubject;

/** Identity of an offering (服务项目) within its tenant. */
public record OfferingId(long value) implements AuditSubject {

    @Override
    public String auditName() {
        return "offering:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
