package org.linli.platform.tenancy;

/** The little everyone may know about the tenant they act for: its name, kind and status. */
public record TenantSummary(TenantId id, String name, TenantKind kind, TenantStatus status) {

    static TenantSummary of(Tenant tenant) {
        return new TenantSummary(tenant.id(), tenant.name(), tenant.kind(), tenant.status());
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
