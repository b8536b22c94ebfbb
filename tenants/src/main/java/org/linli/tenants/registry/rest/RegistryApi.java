package org.linli.tenants.registry.rest;

/**
 * The request and response bodies of {@link ResealResource}, as records; requests carry their Bean Validation
 * constraints.
 */
final class RegistryApi {

    private RegistryApi() {
    }

    public record ResealResponse(int resealed) {
    }
}
