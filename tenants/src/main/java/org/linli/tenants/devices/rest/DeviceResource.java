package org.linli.tenants.devices.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.cases.PlaceKind;
import org.linli.tenants.devices.Device;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.DeviceSilence;
import org.linli.tenants.devices.DeviceState;
import org.linli.tenants.devices.LabelFigures;

import java.time.Instant;
import java.util.List;

/**
 * The tenant's devices (operators register, change, re-key and retire them; grid workers read them). Registering a
 * device and issuing it a new secret are the only answers that carry the secret: it is not shown again.
 */
@Path("devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class DeviceResource {

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceSilence silence;

    /**
     * A device to register. {@code placeKind}: HOUSEHOLD ({@code householdId}), BUILDING ({@code buildingId}) or
     * COMMON_AREA ({@code communityId} and {@code placeName}); {@code heartbeatMinutes} defaults to 60.
     */
    public record DeviceRequest(String name, String kind, String placeKind, Long communityId, Long buildingId,
                                Long householdId, String placeName, Integer heartbeatMinutes) {

        DeviceCommands.Registration command() {
            return new DeviceCommands.Registration(name, EnumValues.parse(DeviceKind.class, kind, "kind"),
                    EnumValues.parse(PlaceKind.class, placeKind, "placeKind"), communityId, buildingId, householdId,
                    placeName, heartbeatMinutes == null ? 60 : heartbeatMinutes);
        }
    }

    public record ChangeRequest(String name, Integer heartbeatMinutes) {
    }

    /** A device; {@code falsePositivePercent} counts labelled alerts only (null when none is labelled). */
    public record DeviceResponse(long id, String code, String name, DeviceKind kind, PlaceKind placeKind,
                                 long communityId, Long buildingId, Long householdId, String placeName,
                                 DeviceState state, int heartbeatMinutes, Instant lastSeenAt, Instant createdAt,
                                 Instant secretIssuedAt, Long offlineCaseId, long alerts, long labelledAlerts,
                                 long falsePositives, Integer falsePositivePercent) {

        static DeviceResponse of(Device d, LabelFigures f) {
            Device.Place place = d.place();
            return new DeviceResponse(d.id(), d.code(), d.name(), d.kind(), place.kind(), place.communityId(),
                    place.buildingId(), place.householdId(), place.name(), d.state(), d.heartbeatMinutes(),
                    d.lastSeenAt(), d.createdAt(), d.secretIssuedAt(), d.offlineCaseId(), f.alerts(), f.labelled(),
                    f.falsePositives(), f.falsePositivePercent());
        }

        static DeviceResponse of(DeviceRegistry.DeviceDetail detail) {
            return of(detail.device(), detail.figures());
        }
    }

    /**
     * A device with the secret just issued: the HMAC key of its events, shown this once. {@code signing} says how
     * to sign an event with it.
     */
    public record IssuedResponse(DeviceResponse device, String secret, String signing) {

        static IssuedResponse of(DeviceRegistry.Issued issued) {
            return new IssuedResponse(DeviceResponse.of(issued.device(), LabelFigures.NONE), issued.secret(),
                    DeviceEventResource.SIGNING);
        }
    }

    public record SweepResponse(List<Long> wentOffline, int noncesPruned) {
    }

    @POST
    @Operation(summary = "Register a device; the answer carries its secret, shown this once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedResponse.class)))
    public Response register(DeviceRequest request) {
        DeviceCommands.Registration command = request == null ? null : request.command();
        return Response.status(Response.Status.CREATED).entity(IssuedResponse.of(registry.register(command)))
                .build();
    }

    @GET
    @Operation(summary = "The devices, filtered by kind, state and community, with their false-positive rates")
    public PageResponse<DeviceResponse> list(@QueryParam("kind") String kind, @QueryParam("state") String state,
                                             @QueryParam("communityId") Long community,
                                             @BeanParam PageParams paging) {
        return PageResponse.of(registry.list(new DeviceCommands.DeviceFilter(
                EnumValues.parse(DeviceKind.class, kind, "kind"), EnumValues.parse(DeviceState.class, state, "state"),
                community), paging.request()), DeviceResponse::of);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "A device with its alert figures")
    public DeviceResponse get(@PathParam("id") long id) {
        return DeviceResponse.of(registry.get(id));
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Rename a device or change its heartbeat interval (minutes)")
    public DeviceResponse change(@PathParam("id") long id, ChangeRequest request) {
        Device device = registry.change(id, new DeviceCommands.Changes(request == null ? null : request.name(),
                request == null || request.heartbeatMinutes() == null ? 0 : request.heartbeatMinutes()));
        return DeviceResponse.of(registry.get(device.id()));
    }

    @POST
    @Path("{id: \\d+}/secret")
    @Operation(summary = "Issue a new secret (the old one stops working at once); shown this once")
    public IssuedResponse rotate(@PathParam("id") long id) {
        return IssuedResponse.of(registry.rotateSecret(id));
    }

    @POST
    @Path("{id: \\d+}/retire")
    @Operation(summary = "Retire a device for good; its events are refused from now on")
    public DeviceResponse retire(@PathParam("id") long id) {
        registry.retire(id);
        return DeviceResponse.of(registry.get(id));
    }

    @POST
    @Path("silence-check")
    @Operation(summary = "Mark devices silent past their heartbeat interval offline now (the watch does it every"
            + " five minutes), each with one maintenance case")
    public SweepResponse silenceCheck() {
        DeviceSilence.Sweep sweep = silence.sweep();
        return new SweepResponse(sweep.wentOffline(), sweep.noncesPruned());
    }
}
