package org.linli.tenants.volunteering.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.platform.problem.TimeValues;
import org.linli.tenants.registry.residents.ResidentId;
import org.linli.tenants.registry.structure.CommunityId;
import org.linli.tenants.volunteering.ActivityCommands;
import org.linli.tenants.volunteering.ActivityId;
import org.linli.tenants.volunteering.AttendanceService;
import org.linli.tenants.volunteering.Direction;
import org.linli.tenants.volunteering.VolunteeringService;
import org.linli.tenants.volunteering.rest.VolunteeringApi.ActivityRequest;
import org.linli.tenants.volunteering.rest.VolunteeringApi.AttendeeResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.CodeResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.EnrolRequest;
import org.linli.tenants.volunteering.rest.VolunteeringApi.MySignUpResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.PostingResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.ReverseRequest;
import org.linli.tenants.volunteering.rest.VolunteeringApi.ScanRequest;
import org.linli.tenants.volunteering.rest.VolunteeringApi.ScanResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.SignUpResponse;
import org.linli.tenants.volunteering.rest.VolunteeringApi.TimesRequest;

import java.util.List;

/**
 * Volunteer activities: residents browse, sign up, cancel and scan the check-in code; organisers publish, take the
 * attendance, show the rotating code, verify and credit (or reverse the credit).
 */
@Path("volunteering")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteering", description = "Volunteer activities, sign-ups, attendance and crediting to the time bank")
public class VolunteeringResource {

    @Inject
    VolunteeringService activities;

    @Inject
    AttendanceService attendance;

    @GET
    @Path("activities")
    @Operation(summary = "A page of the tenant's published activities that have not ended, soonest first")
    public PageResponse<ActivityResponse> upcoming(@QueryParam("communityId") Long communityId,
                                                   @BeanParam PageParams paging) {
        return PageResponse.of(activities.upcoming(communityId == null ? null : new CommunityId(communityId),
                paging.request()), ActivityResponse::of);
    }

    @POST
    @Path("activities")
    @Operation(summary = "Publish an activity (operators for the tenant or an organisation; organisation staff for"
            + " their own)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityResponse.class)))
    public Response publish(@NotNull ActivityRequest r) {
        ActivityCommands.NewActivity command = new ActivityCommands.NewActivity(r.communityId(), r.organiserId(),
                r.title(), r.description(), r.place(), TimeValues.instant(r.startsAt(), "startsAt"),
                TimeValues.instant(r.endsAt(), "endsAt"), r.places(), r.skills(), r.minutesPerAttendee());
        return Response.status(Response.Status.CREATED).entity(ActivityResponse.of(activities.publish(command)))
                .build();
    }

    @GET
    @Path("activities/organised")
    @Operation(summary = "A page of the activities the caller organises, in every state, latest first")
    public PageResponse<ActivityResponse> organised(@BeanParam PageParams paging) {
        return PageResponse.of(activities.organised(paging.request()), ActivityResponse::of);
    }

    @GET
    @Path("activities/organised/{id}")
    @Operation(summary = "One activity the caller organises, in any state")
    public ActivityResponse organisedActivity(@PathParam("id") long id) {
        return ActivityResponse.of(activities.organisedActivity(new ActivityId(id)));
    }

    @GET
    @Path("activities/mine")
    @Operation(summary = "The signed-in resident's upcoming activities, soonest first")
    @BoundedList("one resident's upcoming sign-ups, capped at 100")
    public List<MySignUpResponse> mine() {
        return activities.mine().stream().map(MySignUpResponse::of).toList();
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "One activity of the tenant")
    public ActivityResponse get(@PathParam("id") long id) {
        return ActivityResponse.of(activities.get(new ActivityId(id)));
    }

    @POST
    @Path("activities/{id}/cancel")
    @Operation(summary = "Call an activity off before it starts (its organiser)")
    public ActivityResponse cancel(@PathParam("id") long id) {
        return ActivityResponse.of(activities.cancel(new ActivityId(id)));
    }

    @POST
    @Path("activities/{id}/sign-up")
    @Operation(summary = "Sign the verified resident up while places remain, before the start")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MySignUpResponse.class)))
    public Response signUp(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(MySignUpResponse.of(activities.signUp(
                new ActivityId(id)))).build();
    }

    @DELETE
    @Path("activities/{id}/sign-up")
    @Operation(summary = "Cancel the resident's sign-up, before the start")
    public MySignUpResponse cancelSignUp(@PathParam("id") long id) {
        return MySignUpResponse.of(activities.cancelSignUp(new ActivityId(id)));
    }

    @GET
    @Path("activities/{id}/attendance")
    @Operation(summary = "The attendance list with the minutes each attendee earns (its organiser)")
    @BoundedList("the sign-ups of one activity, which has at most 500 places")
    public List<AttendeeResponse> attendanceList(@PathParam("id") long id) {
        return attendance.attendance(new ActivityId(id)).stream().map(AttendeeResponse::of).toList();
    }

    @POST
    @Path("activities/{id}/attendance")
    @Operation(summary = "Enrol a verified resident who signed up another way (its organiser)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignUpResponse.class)))
    public Response enrol(@PathParam("id") long id, @Valid @NotNull EnrolRequest r) {
        return Response.status(Response.Status.CREATED).entity(SignUpResponse.of(attendance.enrol(
                new ActivityId(id), new ResidentId(r.residentId())))).build();
    }

    @POST
    @Path("activities/{id}/attendance/{signUp}/check-in")
    @Operation(summary = "Check an attendee in now (its organiser); twice changes nothing")
    public SignUpResponse checkIn(@PathParam("id") long id, @PathParam("signUp") long signUp) {
        return SignUpResponse.of(attendance.checkIn(new ActivityId(id), signUp));
    }

    @POST
    @Path("activities/{id}/attendance/{signUp}/check-out")
    @Operation(summary = "Check an attendee out now (its organiser); twice changes nothing")
    public SignUpResponse checkOut(@PathParam("id") long id, @PathParam("signUp") long signUp) {
        return SignUpResponse.of(attendance.checkOut(new ActivityId(id), signUp));
    }

    @PUT
    @Path("activities/{id}/attendance/{signUp}")
    @Operation(summary = "Correct an attendee's check-in and check-out times before verifying (its organiser)")
    public SignUpResponse correct(@PathParam("id") long id, @PathParam("signUp") long signUp, @NotNull TimesRequest r) {
        return SignUpResponse.of(attendance.correct(new ActivityId(id), signUp, new ActivityCommands.AttendanceTimes(
                TimeValues.instant(r.checkedInAt(), "checkedInAt"),
                TimeValues.instant(r.checkedOutAt(), "checkedOutAt"))));
    }

    @GET
    @Path("activities/{id}/code")
    @Operation(summary = "The check-in (direction=IN) or check-out (OUT) code to show now; valid a few minutes")
    public CodeResponse code(@PathParam("id") long id, @QueryParam("direction") String direction) {
        Direction chosen = EnumValues.parse(Direction.class, direction == null ? "IN" : direction, "direction");
        AttendanceService.ShownCode shown = attendance.code(new ActivityId(id), chosen);
        return new CodeResponse(shown.code(), shown.path(), shown.direction(), shown.expiresAt());
    }

    @POST
    @Path("scan")
    @Operation(summary = "The signed-in resident checks in or out with a scanned code; a repeat is not counted")
    public ScanResponse scan(ScanRequest r) {
        AttendanceService.ScanOutcome outcome = attendance.scan(r == null ? null : r.code());
        return new ScanResponse(outcome.activity().id().value(), outcome.activity().title(), outcome.direction(),
                outcome.counted(), outcome.walkIn(), outcome.at());
    }

    @POST
    @Path("activities/{id}/verify")
    @Operation(summary = "Fix the attendance after the end: never checked in becomes NO_SHOW (its organiser)")
    @BoundedList("the sign-ups of one activity, which has at most 500 places")
    public List<AttendeeResponse> verify(@PathParam("id") long id) {
        return attendance.verify(new ActivityId(id)).stream().map(AttendeeResponse::of).toList();
    }

    @POST
    @Path("activities/{id}/credit")
    @Operation(summary = "Credit the verified attendance in one ledger posting; repeating answers the same posting")
    public PostingResponse credit(@PathParam("id") long id) {
        return PostingResponse.of(attendance.credit(new ActivityId(id)));
    }

    @POST
    @Path("activities/{id}/reverse")
    @Operation(summary = "Reverse the credit with a reason; the attendance reopens for correction (its organiser)")
    public PostingResponse reverse(@PathParam("id") long id, ReverseRequest r) {
        return PostingResponse.of(attendance.reverse(new ActivityId(id), r == null ? null : r.reason()));
    }
}
