package org.linli.tenants.volunteering.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.application.PageRequest;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.volunteering.VolunteerHours;
import org.linli.tenants.volunteering.VolunteerHoursExport;
import org.linli.tenants.volunteering.rest.VolunteeringApi.ActivityRowResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.MonthRowResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.VolunteerRowResponse;

import java.time.LocalDate;
import java.util.List;

/** Volunteer hours of the organiser's scope for one year: per volunteer, per activity, per month, and the export. */
@Path("volunteering/reports/hours")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteering", description = "Volunteer activities, sign-ups, attendance and crediting to the time bank")
public class VolunteerHoursResource {

    @Inject
    VolunteerHours hours;

    @Inject
    VolunteerHoursExport exports;

    @GET
    @Path("volunteers")
    @Operation(summary = "A page of volunteers with their credited activities and minutes in the year")
    public PageResponse<VolunteerRowResponse> byVolunteer(@QueryParam("year") Integer year,
                                                          @BeanParam PageParams paging) {
        return PageResponse.of(hours.byVolunteer(year(year), paging.request()), r -> new VolunteerRowResponse(
                r.resident().value(), r.name(), r.activities(), r.minutes()));
    }

    @GET
    @Path("activities")
    @Operation(summary = "A page of the year's credited activities with attendees and minutes, latest first")
    public PageResponse<ActivityRowResponse> byActivity(@QueryParam("year") Integer year,
                                                        @BeanParam PageParams paging) {
        return PageResponse.of(hours.byActivity(year(year), paging.request()), r -> new ActivityRowResponse(
                r.activity().value(), r.title(), r.startsAt(), r.attendees(), r.minutes()));
    }

    @GET
    @Path("months")
    @Operation(summary = "The minutes credited in each month of the year")
    @BoundedList("twelve months")
    public List<MonthRowResponse> byMonth(@QueryParam("year") Integer year) {
        return hours.byMonth(year(year)).stream().map(r -> new MonthRowResponse(r.month(), r.minutes())).toList();
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "The year's hours per volunteer as CSV or XLSX (format=csv|xlsx), for the annual certificate")
    @APIResponse(responseCode = "200", description = "The CSV file or Excel workbook asked for",
            content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    public Response export(@QueryParam("year") Integer year, @QueryParam("format") @DefaultValue("csv")
                           String format) {
        VolunteerHoursExport.Format chosen = EnumValues.parse(VolunteerHoursExport.Format.class, format, "format");
        int y = year(year);
        hours.byVolunteer(y, PageRequest.first(1)); // refuses callers outside any scope before the body streams
        StreamingOutput body = out -> exports.export(y, chosen, out);
        boolean xlsx = chosen == VolunteerHoursExport.Format.XLSX;
        return Response.ok(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"volunteer-hours-" + y + "."
                        + (xlsx ? "xlsx" : "csv") + "\"").build();
    }

    private static int year(Integer year) {
        return year == null ? LocalDate.now(ChinaTime.ZONE).getYear() : year;
    }
}
