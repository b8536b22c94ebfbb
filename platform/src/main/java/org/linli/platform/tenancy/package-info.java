/**
 * Tenants (street districts and property companies) and the tenant each unit of work acts for: {@link TenantService}
 * for platform operators onboarding, suspending and resuming them, {@link TenantContext} for the binding, and
 * {@link TenantOwned}, the base of every tenant-owned entity. No feature writes a tenant filter by hand:
 * {@link TenantBinding} scopes every query of the transaction, and PostgreSQL's row-level security enforces it again.
 */
package org.linli.platform.tenancy;
