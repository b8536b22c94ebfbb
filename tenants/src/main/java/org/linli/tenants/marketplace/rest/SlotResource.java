package org.linli.tenants.marketplace.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.marketplace.Availability;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.SlotService;
import org.linli.tenants.marketplace.rest.MarketplaceApi.AvailabilityRequest;
import org.linli.tenants.marketplace.rest.MarketplaceApi.SlotResponse;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Provider staff availability as bookable slots. */
@Path("slots")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Slots", description = "Bookable time of provider staff; a slot is booked at most once")
public class SlotResource {

    @Inject
    SlotService slots;

    @GET
    @Operation(summary = "Free slots of a provider (at most 14 days ahead)")
    @BoundedList("one provider's free slots within 14 days, capped at 1000")
    public List<SlotResponse> free(@QueryParam("provider") @NotNull Long provider, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        return slots.free(new ProviderId(provider), TimeValues.instant(from, "from"), TimeValues.instant(to, "to"))
                .stream().map(SlotResponse::of).toList();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in staff member's slots in a period, booked or free (at most 1000)")
    @BoundedList("one staff member's slots in the asked period, capped at 1000")
    public List<SlotResponse> mine(@QueryParam("from") String from, @QueryParam("to") String to) {
        return slots.mine(TimeValues.instant(from, "from"), TimeValues.instant(to, "to")).stream()
                .map(SlotResponse::of).toList();
    }

    @POST
    @Operation(summary = "Publish availability as slots (skips overlaps and the past)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SlotResponse.class)))
    public Response publish(@NotNull AvailabilityRequest request) {
        Set<DayOfWeek> weekdays = request.weekdays() == null ? EnumSet.noneOf(DayOfWeek.class)
                : request.weekdays().stream().map(day -> EnumValues.parse(DayOfWeek.class, day, "weekdays"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        Availability availability = new Availability(TimeValues.date(request.firstDay(), "firstDay"),
                request.days() == null ? 7 : request.days(), weekdays, TimeValues.time(request.from(), "from"),
                TimeValues.time(request.until(), "until"),
                request.slotMinutes() == null ? 120 : request.slotMinutes());
        return Response.status(Response.Status.CREATED)
                .entity(slots.publish(availability).stream().map(SlotResponse::of).toList()).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove one of one's free slots")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response remove(@PathParam("id") long id) {
        slots.remove(id);
        return Response.noContent().build();
    }
}
