package org.linli.tenants.registry.structure.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.Created;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.registry.residents.OwnershipService;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.rest.RegistryApi.EventResponse;
import org.linli.tenants.registry.selfregistration.HouseholdInvite;
import org.linli.tenants.registry.selfregistration.InviteCodes;
import org.linli.tenants.registry.selfregistration.RegistrationSteps;
import org.linli.tenants.registry.structure.BuildingId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.Household;
import org.linli.tenants.registry.structure.HouseholdId;
import org.linli.tenants.registry.structure.HouseholdStatus;
import org.linli.tenants.registry.structure.StructureCommands;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.tenants.registry.structure.UnitId;
import org.linli.tenants.registry.structure.rest.StructureApi.FloorAreaRequest;
import org.linli.tenants.registry.structure.rest.StructureApi.HouseholdRequest;
import org.linli.tenants.registry.structure.rest.StructureApi.HouseholdResponse;
import org.linli.tenants.registry.structure.rest.StructureApi.InviteResponse;
import org.linli.tenants.registry.structure.rest.StructureApi.MergeRequest;
import org.linli.tenants.registry.structure.rest.StructureApi.OwnerResponse;
import org.linli.tenants.registry.structure.rest.StructureApi.OwnershipRequest;

import java.util.List;

/** Households (homes): list with filters, create, change floor area, owners, deactivate, merge, history. */
@Path("households")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households", description = "Homes and the households living in them")
public class HouseholdResource {

    @Inject
    StructureService structure;

    @Inject
    RegistrationSteps registration;

    @Inject
    OwnershipService ownership;

    @GET
    @Operation(summary = "List households by community, building, unit, grid, address text or status")
    public PageResponse<HouseholdResponse> list(@QueryParam("community") Long community,
                                                @QueryParam("building") Long building,
                                                @QueryParam("unit") Long unit, @QueryParam("grid") Long grid,
                                                @QueryParam("q") String text, @QueryParam("status") String status,
                                                @BeanParam PageParams paging) {
        StructureService.HouseholdFilter filter = new StructureService.HouseholdFilter(
                community == null ? null : new CommunityId(community),
                building == null ? null : new BuildingId(building), unit == null ? null : new UnitId(unit), grid, text,
                EnumValues.parse(HouseholdStatus.class, status, "status"));
        return PageResponse.of(structure.households(filter, paging.request()), HouseholdResponse::of);
    }

    @POST
    @Operation(summary = "Create a household in a unit")
    @APIResponse(responseCode = "201", description = "Created; Location names the household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HouseholdResponse.class)))
    public Response create(@Valid @NotNull HouseholdRequest request, @Context UriInfo uri) {
        Household household = structure.createHousehold(new StructureCommands.NewHousehold(
                new UnitId(request.unitId()), request.room(), request.floorArea()));
        return Created.at(uri, "households", household.id().value(), HouseholdResponse.of(household));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One household")
    public HouseholdResponse get(@PathParam("id") long id) {
        return HouseholdResponse.of(structure.household(new HouseholdId(id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a household's floor area")
    public HouseholdResponse update(@PathParam("id") long id, @NotNull FloorAreaRequest request) {
        return HouseholdResponse.of(structure.changeFloorArea(new HouseholdId(id), request.floorArea()));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Mark an empty household as no longer lived in")
    public HouseholdResponse deactivate(@PathParam("id") long id) {
        return HouseholdResponse.of(structure.deactivate(new HouseholdId(id)));
    }

    @POST
    @Path("{id}/merge")
    @Operation(summary = "Merge this household into another; residents and vehicles move along")
    public HouseholdResponse merge(@PathParam("id") long id, @Valid @NotNull MergeRequest request) {
        return HouseholdResponse.of(structure.merge(new HouseholdId(id), new HouseholdId(request.into())));
    }

    @POST
    @Path("{id}/invites")
    @Operation(summary = "Issue an invite code for the household's residents to register themselves (two weeks)")
    public InviteResponse invite(@PathParam("id") long id) {
        HouseholdInvite invite = registration.invite(new HouseholdId(id));
        return new InviteResponse(InviteCodes.display(invite.code()), id,
                invite.expiresAt());
    }

    @GET
    @Path("{id}/owners")
    @BoundedList("the owners of one home: a handful, capped by OwnershipService.MAX_OWNERS")
    @Operation(summary = "The owners of the household's home with their shares, largest first")
    public List<OwnerResponse> owners(@PathParam("id") long id) {
        return ownership.owners(new HouseholdId(id)).stream().map(OwnerResponse::of).toList();
    }

    @PUT
    @Path("{id}/owners/{residentId}")
    @Operation(summary = "Record a resident of the household as owner with a share, or as no owner (share null);"
            + " the shares of a home add up to at most 100 %")
    public List<OwnerResponse> recordOwner(@PathParam("id") long id, @PathParam("residentId") long residentId,
                                           OwnershipRequest request) {
        ownership.record(new HouseholdId(id), new ResidentId(residentId),
                request == null ? null : request.shareBasisPoints());
        return owners(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "A page of what happened to the household, oldest first")
    public PageResponse<EventResponse> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(structure.history(new HouseholdId(id), paging.request()), EventResponse::of);
    }
}
