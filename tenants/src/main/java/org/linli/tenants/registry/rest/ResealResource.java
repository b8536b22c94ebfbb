package org.linli.tenants.registry.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.tenants.registry.Resealing;
import org.linli.tenants.registry.rest.RegistryApi.ResealResponse;

/** Key rotation: re-seal the tenant's personal data with the active key. */
@Path("privacy/reseal")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Who sees which personal data, and how")
public class ResealResource {

    @Inject
    Resealing resealing;

    @POST
    @Operation(summary = "Re-seal every personal value still sealed with an old key (after a key rotation)")
    public ResealResponse reseal() {
        return new ResealResponse(resealing.resealTenant());
    }
}
