package org.linli.tenants.eldercare.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.linli.tenants.eldercare.CareCommands;
import org.linli.tenants.eldercare.CarePlan;
import org.linli.tenants.eldercare.CareService;
import org.linli.tenants.eldercare.CareVisits;
import org.linli.tenants.eldercare.rest.ElderCareApi.AlertResponse;
import org.linli.tenants.eldercare.rest.ElderCareApi.CheckOutRequest;
import org.linli.tenants.eldercare.rest.ElderCareApi.ElderResponse;
import org.linli.tenants.eldercare.rest.ElderCareApi.LinkRequest;
import org.linli.tenants.eldercare.rest.ElderCareApi.LinkResponse;
import org.linli.tenants.eldercare.rest.ElderCareApi.PlanRequest;
import org.linli.tenants.eldercare.rest.ElderCareApi.PlanResponse;
import org.linli.tenants.eldercare.rest.ElderCareApi.RescheduleRequest;
import org.linli.tenants.eldercare.rest.ElderCareApi.RoundResponse;
import org.linli.tenants.eldercare.rest.ElderCareApi.VisitResponse;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.registry.residents.ResidentId;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Elder care: family links, care plans with weekly visits, visit check-in/out and reports, missed-visit alerts. */
@Path("care")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Elder care", description = "Care plans, visits with reports, family and missed-visit alerts")
public class CareResource {

    @Inject
    CareService care;

    @Inject
    CareVisits visits;

    @POST
    @Path("family")
    @Operation(summary = "Link a family member to an elder (operators)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LinkResponse.class)))
    public Response link(@Valid @NotNull LinkRequest r) {
        return Response.status(Response.Status.CREATED).entity(LinkResponse.of(care.link(new ResidentId(r.elderId()),
                new ResidentId(r.familyId()), r.relation()))).build();
    }

    @GET
    @Path("elders")
    @Operation(summary = "The elders the signed-in resident is family of")
    @BoundedList("the elders of one family member, capped at 50")
    public List<ElderResponse> myElders() {
        return care.myElders().stream().map(e -> new ElderResponse(e.id().value(), e.name(), e.relation())).toList();
    }

    @POST
    @Path("plans")
    @Operation(summary = "Set up a care plan (operators or the elder's family); visits are planned four weeks ahead")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanResponse.class)))
    public Response createPlan(@Valid @NotNull PlanRequest r) {
        Set<DayOfWeek> weekdays = r.weekdays() == null ? EnumSet.noneOf(DayOfWeek.class) : r.weekdays().stream()
                .map(day -> EnumValues.parse(DayOfWeek.class, day, "weekdays"))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        CarePlan plan = care.createPlan(new CareCommands.NewPlan(new ResidentId(r.elderId()),
                new ProviderId(r.providerId()), r.title(), weekdays, TimeValues.time(r.time(), "time"),
                r.durationMinutes() == null ? 60 : r.durationMinutes(), r.tasks() == null ? List.of() : r.tasks(),
                TimeValues.date(r.firstDay(), "firstDay")));
        return Response.status(Response.Status.CREATED).entity(PlanResponse.of(plan)).build();
    }

    @GET
    @Path("elders/{id}/plans")
    @Operation(summary = "A page of an elder's care plans, newest first")
    public PageResponse<PlanResponse> plans(@PathParam("id") long elder, @BeanParam PageParams paging) {
        return PageResponse.of(care.plans(new ResidentId(elder), paging.request()), PlanResponse::of);
    }

    @POST
    @Path("plans/{id}/end")
    @Operation(summary = "End a plan; future visits are cancelled")
    public PlanResponse end(@PathParam("id") long id) {
        return PlanResponse.of(care.endPlan(id));
    }

    @GET
    @Path("plans/{id}/visits")
    @Operation(summary = "A page of a plan's visits with their reports, newest first")
    public PageResponse<VisitResponse> visits(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(visits.visits(id, paging.request()), VisitResponse::of);
    }

    @GET
    @Path("rounds")
    @Operation(summary = "A page of the carer's provider's visits in a period (default: the next 24 hours)")
    public PageResponse<RoundResponse> rounds(@QueryParam("from") String from, @QueryParam("to") String to,
                                              @BeanParam PageParams paging) {
        Instant start = TimeValues.instant(from, "from");
        start = start == null ? Instant.now() : start;
        Instant end = TimeValues.instant(to, "to");
        return PageResponse.of(visits.rounds(start, end == null ? start.plus(Duration.ofDays(1)) : end,
                paging.request()),
                r -> new RoundResponse(VisitResponse.of(r.visit()), r.elder(), r.address(), r.tasks()));
    }

    @POST
    @Path("visits/{id}/check-in")
    @Operation(summary = "The carer arrives")
    public VisitResponse checkIn(@PathParam("id") long id) {
        return VisitResponse.of(visits.checkIn(id));
    }

    @POST
    @Path("visits/{id}/check-out")
    @Operation(summary = "The carer leaves, with the visit note and the tasks done")
    public VisitResponse checkOut(@PathParam("id") long id, CheckOutRequest r) {
        return VisitResponse.of(visits.checkOut(id, r == null ? null : r.note(), r == null ? null : r.tasksDone()));
    }

    @POST
    @Path("visits/{id}/reschedule")
    @Operation(summary = "Move a planned visit to another time")
    public VisitResponse reschedule(@PathParam("id") long id, RescheduleRequest r) {
        return VisitResponse.of(visits.reschedule(id, TimeValues.instant(r == null ? null : r.at(), "at")));
    }

    @POST
    @Path("watch")
    @Operation(summary = "Run the missed-visit watch now (operators; it also runs every ten minutes)")
    public Map<String, Integer> watch() {
        return Map.of("missed", visits.watch());
    }

    @GET
    @Path("alerts")
    @Operation(summary = "A page of missed-visit alerts, newest first: family their elders', providers theirs,"
            + " operators all")
    public PageResponse<AlertResponse> alerts(@BeanParam PageParams paging) {
        return PageResponse.of(visits.alerts(paging.request()), AlertResponse::of);
    }
}
