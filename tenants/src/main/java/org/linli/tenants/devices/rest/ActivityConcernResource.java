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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.devices.ElderActivity;
import org.linli.tenants.devices.rest.DevicesApi.AcknowledgeRequest;
import org.linli.tenants.devices.rest.DevicesApi.ConcernResponse;
import org.linli.tenants.devices.rest.DevicesApi.ConcernRuleRequest;
import org.linli.tenants.devices.rest.DevicesApi.ConcernRuleResponse;

/**
 * The no-activity rule for elders living alone: the concerns it raised (for the elder's family, the elder and their
 * elder-care provider's staff: only theirs; for device staff: all), their acknowledgement, and the tenant's rule.
 */
@Path("activity-concerns")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class ActivityConcernResource {

    @Inject
    ElderActivity activity;

    @GET
    @Operation(summary = "Concerns about elders' still homes the caller may see, newest first")
    public PageResponse<ConcernResponse> list(@QueryParam("current") boolean currentOnly,
                                              @BeanParam PageParams paging) {
        return PageResponse.of(activity.concerns(currentOnly, paging.request()), ConcernResponse::of);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One concern")
    public ConcernResponse get(@PathParam("id") long id) {
        return ConcernResponse.of(activity.concern(id));
    }

    @POST
    @Path("{id: \\d+}/acknowledge")
    @Operation(summary = "Acknowledge a concern (no case is opened for it then), with an optional note")
    public ConcernResponse acknowledge(@PathParam("id") long id, AcknowledgeRequest request) {
        return ConcernResponse.of(activity.acknowledge(id, request == null ? null : request.note()));
    }

    @GET
    @Path("rule")
    @Operation(summary = "The tenant's no-activity rule (defaults until changed)")
    public ConcernRuleResponse rule() {
        return ConcernRuleResponse.of(activity.rule());
    }

    @PUT
    @Path("rule")
    @Operation(summary = "Change the no-activity rule")
    public ConcernRuleResponse changeRule(ConcernRuleRequest request) {
        return ConcernRuleResponse.of(activity.changeRule(request == null
                ? new ConcernRuleRequest(null, null, null, null, null, null).settings() : request.settings()));
    }

    @POST
    @Path("sweep")
    @Operation(summary = "Judge every watched home now (the watch does it every five minutes)")
    public ElderActivity.Sweep sweep() {
        return activity.sweep();
    }
}
