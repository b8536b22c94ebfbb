package org.linli.tenants.oversight.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.tenancy.TenantId;
import org.linli.tenants.oversight.Jurisdiction;
import org.linli.tenants.oversight.Jurisdictions;
import org.linli.tenants.oversight.rest.OversightApi.JurisdictionRequest;
import org.linli.tenants.oversight.rest.OversightApi.SupervisorJurisdictionResponse;

/** Platform operators attach a supervisor account to the district it oversees, or detach it (audited). */
@Path("supervisors")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Oversight", description = "Read-only aggregate figures for government supervisors (可用不可见)")
public class SupervisorResource {

    @Inject
    Jurisdictions jurisdictions;

    @GET
    @Path("{accountId}/jurisdiction")
    @Operation(summary = "The district a supervisor account oversees (districtId null when none), platform operators")
    public SupervisorJurisdictionResponse get(@PathParam("accountId") long accountId) {
        return new SupervisorJurisdictionResponse(accountId,
                jurisdictions.districtOf(accountId).map(TenantId::value).orElse(null));
    }

    @PUT
    @Path("{accountId}/jurisdiction")
    @Operation(summary = "Attach a platform supervisor account to a district tenant (platform operators); 409"
            + " jurisdiction_not_supervisor or jurisdiction_not_district")
    public SupervisorJurisdictionResponse attach(@PathParam("accountId") long accountId,
                                       @Valid @NotNull JurisdictionRequest request) {
        Jurisdiction jurisdiction = jurisdictions.attach(accountId, TenantId.of(request.districtId()));
        return new SupervisorJurisdictionResponse(jurisdiction.accountId(), jurisdiction.district().value());
    }

    @DELETE
    @Path("{accountId}/jurisdiction")
    @Operation(summary = "Detach a supervisor account: it then sees no tenant's figures (platform operators)")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response detach(@PathParam("accountId") long accountId) {
        jurisdictions.detach(accountId);
        return Response.noContent().build();
    }
}
