package org.linli.platform.tenancy.rest;

/** {@code kind}: {@code DISTRICT} or {@code PROPERTY_COMPANY}. */
public record CreateTenantRequest(String kind, String name) {
}
