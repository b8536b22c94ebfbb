package org.linli.tenants.ads.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.ads.AdSlotId;
import org.linli.tenants.ads.AdSlotService;
import org.linli.tenants.ads.Placement;
import org.linli.tenants.ads.SlotStatus;
import org.linli.tenants.ads.rest.AdsApi.SlotRequest;

import java.time.LocalDate;
import java.util.List;

/** The tenant's ad inventory: operators keep the slots; advertisers browse them and their free days. */
@Path("ads/slots")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ads", description = "Ad slots, bookings, creative review, payment, serving and reports")
public class AdSlotResource {

    @Inject
    AdSlotService slots;

    @GET
    @Operation(summary = "A page of the slots (advertisers see those for sale only)")
    public PageResponse<SlotResponse> list(@QueryParam("placement") String placement,
                                           @QueryParam("status") String status, @BeanParam PageParams paging) {
        return PageResponse.of(slots.list(EnumValues.parse(Placement.class, placement, "placement"),
                EnumValues.parse(SlotStatus.class, status, "status"), paging.request()), SlotResponse::of);
    }

    @POST
    @Operation(summary = "Create a slot (operators)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SlotResponse.class)))
    public Response create(@NotNull SlotRequest r) {
        return Response.status(Response.Status.CREATED).entity(SlotResponse.of(slots.create(r.command())))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One slot")
    public SlotResponse get(@PathParam("id") long id) {
        return SlotResponse.of(slots.get(new AdSlotId(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Describe a slot anew (operators)")
    public SlotResponse update(@PathParam("id") long id, @NotNull SlotRequest r) {
        return SlotResponse.of(slots.update(new AdSlotId(id), r.command()));
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Take a slot off sale and off the screens (operators)")
    public SlotResponse pause(@PathParam("id") long id) {
        return SlotResponse.of(slots.pause(new AdSlotId(id)));
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Put a paused slot on sale again (operators)")
    public SlotResponse activate(@PathParam("id") long id) {
        return SlotResponse.of(slots.activate(new AdSlotId(id)));
    }

    @GET
    @Path("{id}/calendar")
    @Operation(summary = "Each day from `from` to `to` (yyyy-MM-dd, both included): FREE, BOOKED, BLACKOUT or PAST")
    @BoundedList("at most AdSlotService.MAX_CALENDAR_DAYS days")
    public List<AdSlotService.CalendarDay> calendar(@PathParam("id") long id, @QueryParam("from") String from,
                                                    @QueryParam("to") String to) {
        LocalDate first = TimeValues.date(from, "from");
        LocalDate last = TimeValues.date(to, "to");
        return slots.calendar(new AdSlotId(id), first, last);
    }
}
