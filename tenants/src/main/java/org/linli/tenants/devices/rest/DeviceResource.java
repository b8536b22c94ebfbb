package org.linli.tenants.devices.rest;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.linli.tenants.devices.Device;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.DeviceKind;
import org.linli.tenants.devices.DeviceRegistry;
import org.linli.tenants.devices.DeviceSilence;
import org.linli.tenants.devices.DeviceState;
import org.linli.tenants.devices.rest.DevicesApi.ChangeRequest;
import org.linli.tenants.devices.rest.DevicesApi.DeviceRequest;
import org.linli.tenants.devices.rest.DevicesApi.DeviceResponse;
import org.linli.tenants.devices.rest.DevicesApi.IssuedResponse;
import org.linli.tenants.devices.rest.DevicesApi.SweepResponse;

/**
 * The tenant's devices (operators register, change, re-key and retire them; grid workers read them). Registering a
 * device and issuing it a new secret are the only answers that carry the secret: it is not shown again.
 */
@Path("devices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class DeviceResource {

    @Inject
    DeviceRegistry registry;

    @Inject
    DeviceSilence silence;

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
