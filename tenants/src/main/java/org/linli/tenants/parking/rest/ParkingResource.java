package org.linli.tenants.parking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.DomainException;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.FieldError;
import org.linli.tenants.parking.LotId;
import org.linli.tenants.parking.ParkingCommands;
import org.linli.tenants.parking.ParkingLot;
import org.linli.tenants.parking.ParkingLots;
import org.linli.tenants.parking.ParkingPermits;
import org.linli.tenants.parking.ParkingSpace;
import org.linli.tenants.parking.VisitorSessions;
import org.linli.tenants.parking.rest.ParkingApi.EntryRequest;
import org.linli.tenants.parking.rest.ParkingApi.LotRequest;
import org.linli.tenants.parking.rest.ParkingApi.LotResponse;
import org.linli.tenants.parking.rest.ParkingApi.PermitRequest;
import org.linli.tenants.parking.rest.ParkingApi.PermitResponse;
import org.linli.tenants.parking.rest.ParkingApi.SessionResponse;
import org.linli.tenants.parking.rest.ParkingApi.SpaceResponse;
import org.linli.tenants.parking.rest.ParkingApi.SpacesRequest;

import java.util.List;

/** Parking: lots and spaces, monthly permits bought as orders, visitor entries and exits with their fees. */
@Path("parking")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parking", description = "Lots, spaces, monthly permits and visitor sessions")
public class ParkingResource {

    @Inject
    ParkingLots lots;

    @Inject
    ParkingPermits permits;

    @Inject
    VisitorSessions sessions;

    @GET
    @Path("lots")
    @Operation(summary = "The tenant's parking lots with their tariffs")
    @BoundedList("a tenant runs a few parking lots")
    public List<LotResponse> lots() {
        return lots.lots().stream().map(LotResponse::of).toList();
    }

    @POST
    @Path("lots")
    @Operation(summary = "Set up a lot (operators)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LotResponse.class)))
    public Response createLot(@Valid @NotNull LotRequest r) {
        ParkingLot lot = lots.createLot(new ParkingCommands.NewLot(r.communityId(), r.providerId(), r.name(),
                r.freeMinutes() == null ? 0 : r.freeMinutes(), r.hourlyRateFen() == null ? 0 : r.hourlyRateFen(),
                r.dailyCapFen() == null ? 0 : r.dailyCapFen(), r.permitOfferingId()));
        return Response.status(Response.Status.CREATED).entity(LotResponse.of(lot)).build();
    }

    @GET
    @Path("lots/{id}/spaces")
    @Operation(summary = "A lot's spaces")
    @BoundedList("the spaces painted on one lot")
    public List<SpaceResponse> spaces(@PathParam("id") long id) {
        return lots.spaces(new LotId(id)).stream().map(SpaceResponse::of).toList();
    }

    @POST
    @Path("lots/{id}/spaces")
    @Operation(summary = "Add numbered spaces to a lot (MONTHLY or VISITOR)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SpaceResponse.class)))
    public Response addSpaces(@PathParam("id") long id, @NotNull SpacesRequest r) {
        return Response.status(Response.Status.CREATED).entity(lots.addSpaces(new LotId(id), r.codes(),
                EnumValues.parse(ParkingSpace.Kind.class, r.kind(), "kind")).stream().map(SpaceResponse::of)
                .toList()).build();
    }

    @POST
    @Path("permits")
    @Operation(summary = "Ask for a monthly permit; it is placed as an order (Idempotency-Key required) and valid"
            + " once paid")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PermitResponse.class)))
    @APIResponse(responseCode = "200", description = "The same request again: the first answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PermitResponse.class)))
    public Response requestPermit(@HeaderParam("Idempotency-Key") String key, @Valid @NotNull PermitRequest r) {
        if (key == null || key.isBlank()) {
            throw DomainException.invalid(FieldError.of("Idempotency-Key", "required"));
        }
        ParkingPermits.PermitView view = permits.requestPermit(new ParkingCommands.PermitRequest(new LotId(r.lotId()),
                r.plate(), r.firstDay(), r.months() == null ? 1 : r.months()), key.strip());
        return Response.status(view.order().replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(PermitResponse.of(view.permit())).build();
    }

    @GET
    @Path("permits/mine")
    @Operation(summary = "The signed-in resident's permits, newest first (at most 200)")
    @BoundedList("one resident's permits, capped at the newest 200")
    public List<PermitResponse> myPermits() {
        return permits.myPermits().stream().map(PermitResponse::of).toList();
    }

    @GET
    @Path("permits/expiring")
    @Operation(summary = "Valid permits ending within the given number of days (for renewal reminders)")
    @BoundedList("permits ending within at most 90 days, capped at 500")
    public List<PermitResponse> expiring(@QueryParam("days") @DefaultValue("7") int days) {
        return permits.expiring(days).stream().map(PermitResponse::of).toList();
    }

    @POST
    @Path("lots/{id}/entries")
    @Operation(summary = "Record a vehicle entering (lot staff or operators)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionResponse.class)))
    public Response enter(@PathParam("id") long id, EntryRequest r) {
        return Response.status(Response.Status.CREATED).entity(SessionResponse.of(sessions.enter(new LotId(id),
                r == null ? null : r.plate()))).build();
    }

    @GET
    @Path("lots/{id}/sessions")
    @Operation(summary = "A page of a lot's visitor sessions, newest first, optionally only those still inside")
    public PageResponse<SessionResponse> sessions(@PathParam("id") long id, @QueryParam("open") boolean open,
                                                  @BeanParam PageParams paging) {
        return PageResponse.of(sessions.sessions(new LotId(id), open, paging.request()), SessionResponse::of);
    }

    @POST
    @Path("sessions/{id}/exit")
    @Operation(summary = "Record the vehicle leaving; the fee is computed from the lot's tariff")
    public SessionResponse exit(@PathParam("id") long id) {
        return SessionResponse.of(sessions.exit(id));
    }
}
