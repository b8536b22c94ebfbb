package org.linli.tenants.devices.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.devices.AlertDesk;
import org.linli.tenants.devices.AlertLabel;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.EventKind;
import org.linli.tenants.devices.rest.DevicesApi.AlertResponse;
import org.linli.tenants.devices.rest.DevicesApi.LabelRequest;

/** Device alerts, newest first, and their labels (true or false positive) by handlers. */
@Path("device-alerts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class AlertResource {

    @Inject
    AlertDesk desk;

    @GET
    @Operation(summary = "Alerts, newest first, by device and kind, or only those not yet labelled")
    public PageResponse<AlertResponse> list(@QueryParam("deviceId") Long device, @QueryParam("kind") String kind,
                                            @QueryParam("unlabelled") boolean unlabelled,
                                            @BeanParam PageParams paging) {
        return PageResponse.of(desk.list(new DeviceCommands.AlertFilter(device,
                EnumValues.parse(EventKind.class, kind, "kind"), unlabelled), paging.request()), AlertResponse::of);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One alert")
    public AlertResponse get(@PathParam("id") long id) {
        return AlertResponse.of(desk.get(id));
    }

    @POST
    @Path("{id: \\d+}/label")
    @Operation(summary = "Label an alert TRUE_POSITIVE or FALSE_POSITIVE (a label may be changed)")
    public AlertResponse label(@PathParam("id") long id, LabelRequest request) {
        return AlertResponse.of(desk.label(id, EnumValues.parse(AlertLabel.class,
                request == null ? null : request.label(), "label")));
    }
}
