package org.linli.platform.tenancy;

/** Narrows the tenant list; every part is optional. {@code text} matches part of the name. */
public record TenantFilter(String text, TenantKind kind, TenantStatus status) {

    public static TenantFilter all() {
        return new TenantFilter(null, null, null);
    }
}
