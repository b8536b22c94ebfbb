package org.linli.platform.audit;

import java.time.Instant;

/** Narrows the audit trail; every part is optional. {@code action} matches a prefix, e.g. {@code user.}. */
public record AuditFilter(String actor, String action, Outcome outcome, Instant from, Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
