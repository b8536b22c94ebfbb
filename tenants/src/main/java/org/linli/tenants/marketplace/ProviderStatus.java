package org.linli.tenants.marketplace;

/**
 * Where a provider stands with the tenant: {@code PENDING} after onboarding until an operator has checked the
 * qualification, {@code VERIFIED} while it may sell, {@code SUSPENDED} while it may not (its offerings disappear from
 * the storefront; orders in progress can still be finished).
 */
public enum ProviderStatus {
    PENDING,
    VERIFIED,
    SUSPENDED
}
