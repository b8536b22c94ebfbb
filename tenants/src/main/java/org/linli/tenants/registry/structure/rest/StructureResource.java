package org.linli.tenants.registry.structure.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.Created;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.registry.structure.Building;
import org.linli.tenants.registry.structure.BuildingId;
import org.linli.tenants.registry.structure.BuildingUnit;
import org.linli.tenants.registry.structure.Community;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.registry.structure.StructureCommands;
import org.linli.tenants.registry.structure.StructureService;
import org.linli.tenants.registry.structure.rest.StructureApi.BuildingResponse;
import org.linli.tenants.registry.structure.rest.StructureApi.CommunityRequest;
import org.linli.tenants.registry.structure.rest.StructureApi.CommunityResponse;
import org.linli.tenants.registry.structure.rest.StructureApi.NameRequest;
import org.linli.tenants.registry.structure.rest.StructureApi.UnitResponse;

/** Communities, their buildings and the buildings' units. */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registry structure", description = "Communities, buildings and units of the tenant")
public class StructureResource {

    @Inject
    StructureService structure;

    @GET
    @Path("communities")
    @Operation(summary = "A page of the tenant's communities by name")
    public PageResponse<CommunityResponse> communities(@BeanParam PageParams paging) {
        return PageResponse.of(structure.communities(paging.request()), CommunityResponse::of);
    }

    @POST
    @Path("communities")
    @Operation(summary = "Create a community")
    @APIResponse(responseCode = "201", description = "Created; Location names the community",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityResponse.class)))
    public Response createCommunity(CommunityRequest request, @Context UriInfo uri) {
        Community community = structure.createCommunity(request == null ? null
                : new StructureCommands.NewCommunity(request.name(), request.address()));
        return Created.at(uri, "communities", community.id().value(), CommunityResponse.of(community));
    }

    @GET
    @Path("communities/{id}")
    @Operation(summary = "One community")
    public CommunityResponse community(@PathParam("id") long id) {
        return CommunityResponse.of(structure.community(new CommunityId(id)));
    }

    @GET
    @Path("communities/{id}/buildings")
    @Operation(summary = "A page of the buildings of a community by name")
    public PageResponse<BuildingResponse> buildings(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(structure.buildings(new CommunityId(id), paging.request()), BuildingResponse::of);
    }

    @POST
    @Path("communities/{id}/buildings")
    @Operation(summary = "Add a building to a community")
    @APIResponse(responseCode = "201", description = "Created; Location names the building",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BuildingResponse.class)))
    public Response createBuilding(@PathParam("id") long id, @NotNull NameRequest request, @Context UriInfo uri) {
        Building building = structure.createBuilding(new StructureCommands.NewBuilding(new CommunityId(id),
                request.name()));
        return Created.at(uri, "buildings", building.id().value(), BuildingResponse.of(building));
    }

    @GET
    @Path("buildings/{id}")
    @Operation(summary = "One building")
    public BuildingResponse building(@PathParam("id") long id) {
        return BuildingResponse.of(structure.building(new BuildingId(id)));
    }

    @GET
    @Path("buildings/{id}/units")
    @Operation(summary = "A page of the units of a building by name")
    public PageResponse<UnitResponse> units(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(structure.units(new BuildingId(id), paging.request()), UnitResponse::of);
    }

    @POST
    @Path("buildings/{id}/units")
    @Operation(summary = "Add a unit to a building")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UnitResponse.class)))
    public Response createUnit(@PathParam("id") long id, @NotNull NameRequest request, @Context UriInfo uri) {
        BuildingUnit unit = structure.createUnit(new StructureCommands.NewUnit(new BuildingId(id), request.name()));
        return Response.status(Response.Status.CREATED).entity(UnitResponse.of(unit)).build();
    }
}
