package org.linli.tenants.delivery.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.delivery.Parcel;
import org.linli.tenants.delivery.ParcelService;
import org.linli.tenants.delivery.rest.DeliveryApi.DoorstepRequest;
import org.linli.tenants.delivery.rest.DeliveryApi.HomeResponse;
import org.linli.tenants.delivery.rest.DeliveryApi.IntakeRequest;
import org.linli.tenants.delivery.rest.DeliveryApi.MyParcelResponse;
import org.linli.tenants.delivery.rest.DeliveryApi.ParcelResponse;
import org.linli.tenants.delivery.rest.DeliveryApi.PickupRequest;
import org.linli.tenants.marketplace.OfferingId;
import org.linli.tenants.registry.structure.HouseholdId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Parcels at the community station: intake, pickup with code, overdue list, and doorstep delivery requests. */
@Path("parcels")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parcels", description = "Community station parcels and doorstep delivery")
public class ParcelResource {

    @Inject
    ParcelService parcels;

    @Inject
    Clock clock;

    @POST
    @Operation(summary = "Take a parcel in for a household (station staff)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParcelResponse.class)))
    public Response intake(@Valid @NotNull IntakeRequest r) {
        Parcel parcel = parcels.intake(new HouseholdId(r.householdId()), r.carrier(), r.trackingNumber());
        return Response.status(Response.Status.CREATED).entity(ParcelResponse.of(parcel, clock.instant())).build();
    }

    @GET
    @Operation(summary = "A page of the station's waiting parcels, oldest first, or only the overdue ones")
    public PageResponse<ParcelResponse> station(@QueryParam("overdue") boolean overdue, @BeanParam PageParams paging) {
        Instant now = clock.instant();
        return PageResponse.of(parcels.station(overdue, paging.request()), p -> ParcelResponse.of(p, now));
    }

    @POST
    @Path("{id}/pickup")
    @Operation(summary = "Hand a parcel over against its pickup code")
    public ParcelResponse pickUp(@PathParam("id") long id, PickupRequest r) {
        return ParcelResponse.of(parcels.pickUp(id, r == null ? null : r.code()), clock.instant());
    }

    @GET
    @Path("homes")
    @Operation(summary = "Homes whose address contains the text, to take a parcel in for (station staff)")
    @BoundedList("the first 20 matches of a search")
    public List<HomeResponse> homes(@QueryParam("q") String text) {
        return parcels.homes(text).stream().map(h -> new HomeResponse(h.id().value(), h.address())).toList();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in resident's household's parcels, with pickup codes")
    @BoundedList("one household's parcels, capped at the newest 200")
    public List<MyParcelResponse> mine() {
        return parcels.mine().stream().map(MyParcelResponse::of).toList();
    }

    @POST
    @Path("{id}/doorstep")
    @Operation(summary = "Order doorstep delivery of a waiting parcel (Idempotency-Key required); returns the order id")
    @APIResponse(responseCode = "201", description = "Ordered: the order id and status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = "The same request again: the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response doorstep(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key,
                             @Valid @NotNull DoorstepRequest r) {
        if (key == null || key.isBlank()) {
            throw DomainException.invalid(FieldError.of("Idempotency-Key", "required"));
        }
        var order = parcels.orderDoorstep(id, new OfferingId(r.offeringId()), key.strip());
        return Response.status(order.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(Map.of("orderId", order.order().id().value(), "status", order.order().status()))
                .build();
    }
}
