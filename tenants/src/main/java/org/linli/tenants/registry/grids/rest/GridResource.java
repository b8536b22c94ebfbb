package org.linli.tenants.registry.grids.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.Created;
import org.linli.platform.identity.UserId;
import org.linli.tenants.registry.grids.Grid;
import org.linli.tenants.registry.grids.GridId;
import org.linli.tenants.registry.grids.GridService;
import org.linli.tenants.registry.grids.rest.GridsApi.GridRequest;
import org.linli.tenants.registry.grids.rest.GridsApi.GridResponse;
import org.linli.tenants.registry.grids.rest.GridsApi.IdsRequest;
import org.linli.tenants.registry.grids.rest.GridsApi.IdsResponse;

import java.util.List;
import java.util.Objects;

/** Grids, their buildings and their workers. */
@Path("grids")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grids", description = "Management areas and the operators who work them")
public class GridResource {

    @Inject
    GridService grids;

    @GET
    @Operation(summary = "Grids with their buildings, workers and number of households")
    @BoundedList("a tenant divides its communities into a handful of grids, capped at 500")
    public List<GridResponse> list() {
        return grids.list().stream().map(GridResponse::of).toList();
    }

    @POST
    @Operation(summary = "Create a grid")
    @APIResponse(responseCode = "201", description = "Created; Location names the grid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GridResponse.class)))
    public Response create(GridRequest request, @Context UriInfo uri) {
        Grid grid = grids.create(new GridService.GridName(request == null ? null : request.name()));
        return Created.at(uri, "grids", grid.id().value(),
                new GridResponse(grid.id().value(), grid.name(), List.of(), List.of(), 0));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Rename a grid")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response rename(@PathParam("id") long id, GridRequest request) {
        grids.rename(new GridId(id), new GridService.GridName(request == null ? null : request.name()));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/buildings")
    @Operation(summary = "Put buildings into this grid (their households follow)")
    public IdsResponse assignBuildings(@PathParam("id") long id, @Valid @NotNull IdsRequest request) {
        List<Long> ids = ids(request);
        grids.assignBuildings(new GridId(id), ids);
        return new IdsResponse(ids);
    }

    @PUT
    @Path("{id}/workers")
    @Operation(summary = "Make exactly these operators (user ids) the grid's workers")
    public IdsResponse assignWorkers(@PathParam("id") long id, @Valid @NotNull IdsRequest request) {
        return new IdsResponse(grids.assignWorkers(new GridId(id), ids(request).stream().map(UserId::new).toList()));
    }

    private static List<Long> ids(IdsRequest request) {
        return request.ids().stream().filter(Objects::nonNull).toList();
    }
}
