package org.linli.tenants.registry.selfregistration.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.registry.residents.Relation;
import org.linli.tenants.registry.residents.ResidentRecord;
import org.linli.tenants.registry.residents.rest.ResidentsApi;
import org.linli.tenants.registry.selfregistration.SelfRegistration;
import org.linli.tenants.registry.selfregistration.rest.SelfRegistrationApi.RegistrationRequest;

/** Self-registration with a household invite code; an operator verifies the new resident afterwards. */
@Path("registrations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Self-registration", description = "Residents register with an invite code; operators verify them")
public class RegistrationResource {

    @Inject
    SelfRegistration registration;

    @POST
    @Operation(summary = "Register as a resident with an invite code (no sign-in needed); an operator verifies")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidentsApi.ResidentResponse.class)))
    public Response register(RegistrationRequest request) {
        ResidentRecord created = registration.register(request == null ? null : new SelfRegistration.Registration(
                request.inviteCode(), request.username(), request.password(), request.name(), request.mobile(),
                request.idNumber(), EnumValues.parse(Relation.class, request.relation(), "relation")));
        return Response.status(Response.Status.CREATED).entity(ResidentsApi.ResidentResponse.of(created)).build();
    }
}
