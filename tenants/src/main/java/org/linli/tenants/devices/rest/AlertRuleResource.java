package org.linli.tenants.devices.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.devices.AlertRules;
import org.linli.tenants.devices.EventKind;
import org.linli.tenants.devices.rest.DevicesApi.RuleRequest;
import org.linli.tenants.devices.rest.DevicesApi.RuleResponse;

import java.util.List;

/**
 * The tenant's alert rules, one per event kind: dedupe window, correlation window, quiet hours (minutes of the day in
 * the tenant's zone), starting severity and the case category alerts open cases in (none: recorded only).
 */
@Path("device-rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices", description = "Community sensors, their signed events, alerts and alert rules")
public class AlertRuleResource {

    @Inject
    AlertRules rules;

    @GET
    @BoundedList("one rule per event kind")
    @Operation(summary = "The alert rules (a tenant starts with defaults)")
    public List<RuleResponse> list() {
        return rules.list().stream().map(RuleResponse::of).toList();
    }

    @PUT
    @Path("{kind}")
    @Operation(summary = "Change the rule of an event kind")
    public RuleResponse change(@PathParam("kind") String kind, RuleRequest request) {
        RuleRequest given = request == null ? new RuleRequest(null, null, null, null, null, null) : request;
        return RuleResponse.of(rules.change(EnumValues.parse(EventKind.class, kind, "kind"), given.details()));
    }
}
