package org.linli.tenants.cases.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.cases.CaseCategories;
import org.linli.tenants.cases.CaseCategory;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseFigures;
import org.linli.tenants.cases.CaseSla;
import org.linli.tenants.cases.CaseStatistics;
import org.linli.tenants.cases.DayKind;
import org.linli.tenants.cases.SlaRound;
import org.linli.tenants.cases.StatsDimension;
import org.linli.tenants.cases.rest.CasesApi.CalendarResponse;
import org.linli.tenants.cases.rest.CasesApi.CategoryRequest;
import org.linli.tenants.cases.rest.CasesApi.CategoryResponse;
import org.linli.tenants.cases.rest.CasesApi.CheckResponse;
import org.linli.tenants.cases.rest.CasesApi.DayRequest;
import org.linli.tenants.cases.rest.CasesApi.ScheduleRequest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The tenant's case categories with their SLAs, its working calendar, and case statistics (operators). */
@Path("cases/setup")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Community cases from report to rating (问题发现 → 事件跟踪 → 统一处置 → 反馈评价)")
public class CaseSetupResource {

    @Inject
    CaseCategories categories;

    @Inject
    CaseStatistics statistics;

    @Inject
    SlaRound round;

    @POST
    @Path("deadline-check")
    @Operation(summary = "Check the case deadlines now (the watch does it every five minutes): warn, flag overdue,"
            + " close unrated resolved cases, escalate to the supervising district")
    public CheckResponse check() {
        CaseSla.Sweep sweep = round.run();
        return new CheckResponse(sweep.warned(), sweep.overdue(), sweep.closed(), sweep.forDistrict().size());
    }

    @GET
    @Path("categories")
    @BoundedList("a tenant's case categories: a short tree")
    @Operation(summary = "The case categories, active or not, in order (a tenant starts with defaults)")
    public List<CategoryResponse> categories() {
        return categories.list().stream().map(CategoryResponse::of).toList();
    }

    @POST
    @Path("categories")
    @Operation(summary = "Add a category with its SLA (minutes to accept and to resolve, in working time)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryResponse.class)))
    public Response createCategory(CategoryRequest request) {
        CaseCategory category = categories.create(request == null ? null : request.details());
        return Response.status(Response.Status.CREATED).entity(CategoryResponse.of(category)).build();
    }

    @PUT
    @Path("categories/{id: \\d+}")
    @Operation(summary = "Change a category's names, SLA, order or active flag")
    public CategoryResponse changeCategory(@PathParam("id") long id, CategoryRequest request) {
        return CategoryResponse.of(categories.change(id, request == null ? null : request.details()));
    }

    @GET
    @Path("calendar")
    @Operation(summary = "The working calendar: weekly schedule, thresholds, holidays and make-up days")
    public CalendarResponse calendar() {
        return CalendarResponse.of(categories.calendar());
    }

    @PUT
    @Path("calendar")
    @Operation(summary = "Set the weekly schedule (minutes of the day) and the warning and district thresholds (%)")
    public CalendarResponse schedule(ScheduleRequest r) {
        CaseCommands.Schedule command = r == null ? null : new CaseCommands.Schedule(r.zone(),
                r.workdays() == null ? EnumSet.noneOf(DayOfWeek.class) : r.workdays(),
                r.dayStart() == null ? -1 : r.dayStart(), r.dayEnd() == null ? -1 : r.dayEnd(),
                r.warnPercent() == null ? 80 : r.warnPercent(),
                r.districtPercent() == null ? 200 : r.districtPercent());
        return CalendarResponse.of(categories.schedule(command));
    }

    @POST
    @Path("calendar/days")
    @Operation(summary = "Mark a date (yyyy-MM-dd) a HOLIDAY or a make-up WORKDAY")
    public CalendarResponse markDay(DayRequest r) {
        CaseCommands.SpecialDay command = r == null ? null : new CaseCommands.SpecialDay(
                TimeValues.date(r.day(), "day"), EnumValues.parse(DayKind.class, r.kind(), "kind"), r.name());
        return CalendarResponse.of(categories.markDay(command));
    }

    @DELETE
    @Path("calendar/days/{id: \\d+}")
    @Operation(summary = "Remove a special day")
    public CalendarResponse unmarkDay(@PathParam("id") long id) {
        return CalendarResponse.of(categories.unmarkDay(id));
    }

    @GET
    @Path("statistics")
    @BoundedList("one row per grid, category or handler of the tenant")
    @Operation(summary = "Volume, on-time acceptance and resolution, satisfaction and reopen rate per GRID,"
            + " CATEGORY or HANDLER of cases reported from..to (ISO instants)")
    public List<CaseFigures> figures(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("by") String by) {
        return statistics.figures(period(from, to), dimension(by));
    }

    @GET
    @Path("statistics.csv")
    @Produces("text/csv")
    @Operation(summary = "The same statistics as CSV")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv"))
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("by") String by) {
        return Response.ok(statistics.csv(period(from, to), dimension(by)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"case-statistics.csv\"").build();
    }

    private static CaseCommands.Period period(String from, String to) {
        Instant start = TimeValues.instant(from, "from");
        Instant end = TimeValues.instant(to, "to");
        return new CaseCommands.Period(start, end);
    }

    private static StatsDimension dimension(String by) {
        StatsDimension dimension = EnumValues.parse(StatsDimension.class, by, "by");
        return dimension == null ? StatsDimension.CATEGORY : dimension;
    }
}
