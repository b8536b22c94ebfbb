package org.linli.platform.tenancy;

import org.linli.platform.audit.AuditSubject;

import java.io.Serializable;
import java.util.Optional;

/**
 * Identity of a tenant (a street district or a property company). Every tenant-owned row carries it in its primary key.
 */
public record TenantId(long value) implements Serializable, AuditSubject {

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("tenant id must be positive: " + value);
        }
    }

    public static TenantId of(long value) {
        return new TenantId(value);
    }

    /** Parses an id from a header or path; empty when the text is not a positive number. */
    public static Optional<TenantId> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text.trim());
            return value > 0 ? Optional.of(new TenantId(value)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String auditName() {
        return "tenant:" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
