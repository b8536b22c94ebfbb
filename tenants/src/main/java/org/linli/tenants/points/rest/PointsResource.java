package org.linli.tenants.points.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.points.EarningRule;
import org.linli.tenants.points.EarningService;
import org.linli.tenants.points.EarningTerms;
import org.linli.tenants.points.EventKind;
import org.linli.tenants.points.ExpiryPolicy;
import org.linli.tenants.points.PointsReports;
import org.linli.tenants.points.PointsSettings;
import org.linli.tenants.points.PointsSettingsService;
import org.linli.tenants.points.PointsStatement;
import org.linli.tenants.points.rest.PointsApi.CheckInRequest;
import org.linli.tenants.points.rest.PointsApi.CheckInResponse;
import org.linli.tenants.points.rest.PointsApi.LiabilitiesResponse;
import org.linli.tenants.points.rest.PointsApi.LotResponse;
import org.linli.tenants.points.rest.PointsApi.MonthResponse;
import org.linli.tenants.points.rest.PointsApi.MovementResponse;
import org.linli.tenants.points.rest.PointsApi.ReminderResponse;
import org.linli.tenants.points.rest.PointsApi.RuleRequest;
import org.linli.tenants.points.rest.PointsApi.RuleResponse;
import org.linli.tenants.points.rest.PointsApi.SettingsRequest;
import org.linli.tenants.points.rest.PointsApi.SettingsResponse;
import org.linli.tenants.points.rest.PointsApi.SummaryResponse;
import org.linli.tenants.registry.residents.ResidentId;

/**
 * Points (社区积分) of the tenant acted for: a resident's balance, lots and statement; the earning rules (versions)
 * and check-ins of operators; the expiry settings; and the liability finance reads.
 */
@Path("points")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Points", description = "Residents' points: earning rules, lots with expiry, statements, liabilities")
public class PointsResource {

    @Inject
    PointsStatement statement;

    @Inject
    EarningService earning;

    @Inject
    PointsSettingsService settings;

    @Inject
    PointsReports reports;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in resident's balance, points expiring within 30 days and expiry reminders")
    public SummaryResponse me() {
        PointsStatement.Summary s = statement.me();
        return new SummaryResponse(s.balance(), s.expiringSoon(), s.nextExpiry(),
                s.reminders().stream().map(ReminderResponse::of).toList());
    }

    @GET
    @Path("me/lots")
    @Operation(summary = "A page of the signed-in resident's lots, those with points left first, by expiry")
    public PageResponse<LotResponse> myLots(@BeanParam PageParams paging) {
        return PageResponse.of(statement.myLots(paging.request()), LotResponse::of);
    }

    @GET
    @Path("me/history")
    @Operation(summary = "A page of the signed-in resident's statement, newest first (points in positive)")
    public PageResponse<MovementResponse> myHistory(@BeanParam PageParams paging) {
        return PageResponse.of(statement.myHistory(paging.request()), MovementResponse::of);
    }

    @GET
    @Path("rules")
    @Operation(summary = "A page of every version of every earning rule, active first")
    public PageResponse<RuleResponse> rules(@BeanParam PageParams paging) {
        return PageResponse.of(earning.rules(paging.request()), RuleResponse::of);
    }

    @POST
    @Path("rules")
    @Operation(summary = "Put a new version of the rule for an event kind (and check-in topic) in force")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RuleResponse.class)))
    public Response define(@Valid @NotNull RuleRequest r) {
        EarningTerms terms = new EarningTerms(r.points(), r.dailyCap(), TimeValues.date(r.activeFrom(), "activeFrom"),
                TimeValues.date(r.activeUntil(), "activeUntil"));
        EarningRule rule = earning.define(EnumValues.parse(EventKind.class, r.kind(), "kind"), r.topic(), terms);
        return Response.status(Response.Status.CREATED).entity(RuleResponse.of(rule)).build();
    }

    @POST
    @Path("rules/{id}/retire")
    @Operation(summary = "End a rule version: its events earn nothing from now on")
    public RuleResponse retire(@PathParam("id") long id) {
        return RuleResponse.of(earning.retire(id));
    }

    @POST
    @Path("check-ins")
    @Operation(summary = "Record a resident's check-in for a topic (e.g. garbage-sorting) and award its rule")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckInResponse.class)))
    public Response checkIn(@Valid @NotNull CheckInRequest r) {
        EarningService.CheckIn done = earning.checkIn(new ResidentId(r.residentId()), r.topic());
        return Response.status(Response.Status.CREATED).entity(new CheckInResponse(done.resident().value(),
                done.topic(), done.points(), done.lotId(), done.ruleVersion())).build();
    }

    @GET
    @Path("settings")
    @Operation(summary = "How the tenant's points expire")
    public SettingsResponse settings() {
        return SettingsResponse.of(settings.get());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Set the expiry of new awards (END_OF_NEXT_YEAR or MONTHS) and the grace period in days")
    public SettingsResponse changeSettings(@NotNull SettingsRequest r) {
        PointsSettings current = settings.get();
        return SettingsResponse.of(settings.change(EnumValues.parse(ExpiryPolicy.class, r.expiryPolicy(),
                        "expiryPolicy"), r.expiryMonths() == null ? current.expiryMonths() : r.expiryMonths(),
                r.graceDays() == null ? current.graceDays() : r.graceDays()));
    }

    @GET
    @Path("liabilities")
    @Operation(summary = "Points outstanding, issued, redeemed, expired, and expiring per month (next 12 months)")
    public LiabilitiesResponse liabilities() {
        PointsReports.Liabilities l = reports.liabilities();
        return new LiabilitiesResponse(l.outstanding(), l.issued(), l.redeemed(), l.expired(),
                l.expiring().stream().map(m -> new MonthResponse(m.month().toString(), m.points())).toList(),
                l.laterThanShown());
    }
}
