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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.devices.ActivityConcern;
import org.linli.tenants.devices.ConcernState;
import org.linli.tenants.devices.DeviceCommands;
import org.linli.tenants.devices.ElderActivity;

import java.time.Instant;

/**
 * The no-activity rule for elders living alone: the concerns it raised (for the elder's family, the elder and their
 * elder-care provider's staff: only theirs; for device staff: all), their acknowledgement, and the tenant's rule.
 */
@Path("activity-concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class ActivityConcernResource {

    @Inject
    ElderActivity activity;

    /** The note's length is checked by the service: the server's OpenAPI scanner fails on Bean Validation here. */
    public record AcknowledgeRequest(String note) {
    }

    public record ConcernResponse(long id, long elderId, String elderName, String address, Instant silentSince,
                                  Instant raisedAt, ConcernState state, Instant acknowledgeBy,
                                  String acknowledgedBy, Instant acknowledgedAt, String acknowledgeNote, Long caseId,
                                  Instant resolvedAt) {

        static ConcernResponse of(ElderActivity.ConcernView view) {
            ActivityConcern c = view.concern();
            return new ConcernResponse(c.id(), c.elderId(), view.elderName(), view.address(), c.silentSince(),
                    c.raisedAt(), c.state(), view.acknowledgeBy(), c.acknowledgedName(), c.acknowledgedAt(),
                    c.acknowledgeNote(), c.caseId(), c.resolvedAt());
        }
    }

    /** The rule; daytime and silence in minutes (day start and end as minutes of the day, tenant's zone). */
    /**
     * The rule as the API answers it: a record of this package, since the server's OpenAPI scanner fails on the
     * Bean Validation annotations of the domain's settings.
     */
    public record RuleResponse(boolean enabled, int silenceMinutes, int dayStart, int dayEnd, int acknowledgeMinutes,
                               Long categoryId) {

        static RuleResponse of(DeviceCommands.ActivitySettings s) {
            return new RuleResponse(s.enabled(), s.silenceMinutes(), s.dayStart(), s.dayEnd(), s.acknowledgeMinutes(),
                    s.categoryId());
        }
    }

    public record RuleRequest(Boolean enabled, Integer silenceMinutes, Integer dayStart, Integer dayEnd,
                              Integer acknowledgeMinutes, Long categoryId) {

        DeviceCommands.ActivitySettings settings() {
            return new DeviceCommands.ActivitySettings(enabled == null || enabled, orZero(silenceMinutes),
                    orZero(dayStart), orZero(dayEnd), orZero(acknowledgeMinutes), categoryId);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

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
    public RuleResponse rule() {
        return RuleResponse.of(activity.rule());
    }

    @PUT
    @Path("rule")
    @Operation(summary = "Change the no-activity rule")
    public RuleResponse changeRule(RuleRequest request) {
        return RuleResponse.of(activity.changeRule(request == null
                ? new RuleRequest(null, null, null, null, null, null).settings() : request.settings()));
    }

    @POST
    @Path("sweep")
    @Operation(summary = "Judge every watched home now (the watch does it every five minutes)")
    public ElderActivity.Sweep sweep() {
        return activity.sweep();
    }
}
