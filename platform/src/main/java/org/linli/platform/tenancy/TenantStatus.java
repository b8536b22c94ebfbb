package org.linli.platform.tenancy;

/** Whether a tenant's users may sign in. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
