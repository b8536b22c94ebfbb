package org.linli.platform.tenancy.rest;

/**
 * The request and response bodies of {@link TenantResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class TenancyApi {

    private TenancyApi() {
    }

    /** The district supervising a property company; {@code districtId} null clears it. */
    public record SupervisorRequest(Long districtId) {
    }
}
