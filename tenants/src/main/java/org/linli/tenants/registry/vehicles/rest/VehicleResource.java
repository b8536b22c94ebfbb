package org.linli.tenants.registry.vehicles.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.rest.Created;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.registry.residents.ResidentCommands;
import org.linli.tenants.registry.structure.HouseholdId;
import org.linli.tenants.registry.vehicles.VehicleId;
import org.linli.tenants.registry.vehicles.VehicleRecord;
import org.linli.tenants.registry.vehicles.VehicleService;
import org.linli.tenants.registry.vehicles.rest.VehiclesApi.VehicleRequest;
import org.linli.tenants.registry.vehicles.rest.VehiclesApi.VehicleResponse;

import java.util.List;

/** Vehicles of households; plates are disclosed by privacy policy and found by plate without being exposed. */
@Path("vehicles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vehicles", description = "Households' vehicles")
public class VehicleResource {

    @Inject
    VehicleService vehicles;

    @GET
    @Operation(summary = "A page of the vehicles of a household, or the active vehicle with a plate")
    public PageResponse<VehicleResponse> list(@QueryParam("household") Long household,
                                              @QueryParam("plate") String plate, @BeanParam PageParams paging) {
        PageRequest page = paging.request();
        if (plate != null && !plate.isBlank()) {
            List<VehicleResponse> found = vehicles.byPlate(plate).map(VehicleResponse::of).stream().toList();
            return new PageResponse<>(page.page() == 0 ? found : List.of(), found.size(), page.page(), page.size());
        }
        if (household == null) {
            throw DomainException.invalid(FieldError.of("household", "required"));
        }
        return PageResponse.of(vehicles.ofHousehold(new HouseholdId(household), page), VehicleResponse::of);
    }

    @POST
    @Operation(summary = "Register a household's vehicle")
    @APIResponse(responseCode = "201", description = "Created; Location names the vehicle",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VehicleResponse.class)))
    public Response create(@Valid @NotNull VehicleRequest request, @Context UriInfo uri) {
        VehicleRecord vehicle = vehicles.create(new ResidentCommands.NewVehicle(new HouseholdId(request.householdId()),
                request.plate()));
        return Created.at(uri, "vehicles", vehicle.id().value(), VehicleResponse.of(vehicle));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deregister a vehicle")
    public VehicleResponse deactivate(@PathParam("id") long id) {
        return VehicleResponse.of(vehicles.deactivate(new VehicleId(id)));
    }
}
