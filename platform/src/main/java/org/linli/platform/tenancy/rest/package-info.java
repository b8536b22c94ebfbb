/**
 * The tenants API for platform operators ({@link TenantResource}): listing, onboarding, suspending and resuming street
 * districts and property companies, and naming the district that supervises a property company. The resource only
 * translates HTTP to {@link org.linli.platform.tenancy.TenantService}; permissions and audit live on the service.
 */
package org.linli.platform.tenancy.rest;
