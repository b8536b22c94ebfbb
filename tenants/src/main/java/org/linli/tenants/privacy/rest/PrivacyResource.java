package org.linli.tenants.privacy.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.security.Role;
import org.linli.tenants.privacy.PrivacyLevel;
import org.linli.tenants.privacy.PrivacyService;
import org.linli.tenants.privacy.Visibility;
import org.linli.tenants.privacy.rest.PrivacyApi.CellRequest;
import org.linli.tenants.privacy.rest.PrivacyApi.CellResponse;

import java.util.List;

/** The tenant's privacy policy: per role and level, full, masked or hidden. Tenants may only tighten it. */
@Path("privacy/policy")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Who sees which personal data, and how")
public class PrivacyResource {

    @Inject
    PrivacyService privacy;

    @GET
    @Operation(summary = "The effective policy, with the platform default of each cell")
    @BoundedList("one cell per role and privacy level")
    public List<CellResponse> policy() {
        return privacy.policy().stream().map(CellResponse::of).toList();
    }

    @PUT
    @Operation(summary = "Tighten (or reset to the default) what a role sees of a level")
    public CellResponse set(@NotNull CellRequest request) {
        return CellResponse.of(privacy.set(EnumValues.parse(Role.class, request.role(), "role"),
                EnumValues.parse(PrivacyLevel.class, request.level(), "level"),
                EnumValues.parse(Visibility.class, request.visibility(), "visibility")));
    }
}
