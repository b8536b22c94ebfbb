package org.linli.tenants.cases.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.cases.AssigneeKind;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseDesk;
import org.linli.tenants.cases.CaseHandling;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.WorkTerms;
import org.linli.tenants.cases.rest.CasesApi.AssignRequest;
import org.linli.tenants.cases.rest.CasesApi.CaseResponse;
import org.linli.tenants.cases.rest.CasesApi.CaseSummary;
import org.linli.tenants.cases.rest.CasesApi.RatingRequest;
import org.linli.tenants.cases.rest.CasesApi.ReportRequest;
import org.linli.tenants.cases.rest.CasesApi.StepRequest;
import org.linli.tenants.cases.rest.CasesApi.TextRequest;
import org.linli.tenants.files.rest.FileBodies;

import java.io.InputStream;

/**
 * Cases: reported by residents for themselves ({@code /cases}, {@code /cases/mine}), by grid workers and operators
 * on a resident's behalf, or by a system for a device; worked in the queue by grid workers (their grids) and
 * operators. Invalid moves answer 409 {@code invalid_transition}.
 */
@Path("cases")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Community cases from report to rating (问题发现 → 事件跟踪 → 统一处置 → 反馈评价)")
public class CaseResource {

    @Inject
    CaseDesk desk;

    @Inject
    CaseHandling handling;

    @POST
    @Operation(summary = "Report a case (a resident for themselves, staff for a resident, a system for a device)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseResponse.class)))
    public Response report(ReportRequest request) {
        CaseCommands.Report command = request == null ? null : request.command();
        return Response.status(Response.Status.CREATED).entity(CaseResponse.of(desk.report(command))).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in resident's cases, newest first")
    public PageResponse<CaseSummary> mine(@BeanParam PageParams paging) {
        return PageResponse.of(desk.mine(paging.request()), CaseSummary::of);
    }

    @GET
    @Path("mine/{id: \\d+}")
    @Operation(summary = "One of my cases with its public steps")
    public CaseResponse mineOne(@PathParam("id") long id) {
        return CaseResponse.of(desk.mineOne(id));
    }

    @POST
    @Path("mine/{id: \\d+}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo to my report (PNG, JPEG or WebP of at most 2 MB; six per report)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseResponse.class)))
    public Response addMyPhoto(@PathParam("id") long id, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(CaseResponse.of(desk.addPhoto(id, FileBodies.image(body)))).build();
    }

    @GET
    @Path("mine/{id: \\d+}/photos/{photo: \\d+}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "A photo of a public step of my case")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response myPhoto(@PathParam("id") long id, @PathParam("photo") long photo, @Context Request request) {
        return FileBodies.send(desk.photo(id, photo), request, true);
    }

    @POST
    @Path("mine/{id: \\d+}/rating")
    @Operation(summary = "Rate my resolved case 1-5 with a comment (closes it)")
    public CaseResponse rate(@PathParam("id") long id, RatingRequest request) {
        return CaseResponse.of(desk.rate(id, new CaseCommands.Rating(
                request == null || request.stars() == null ? 0 : request.stars(),
                request == null ? null : request.comment())));
    }

    @POST
    @Path("mine/{id: \\d+}/reopen")
    @Operation(summary = "Reopen my resolved case within 7 days, with a reason")
    public CaseResponse reopen(@PathParam("id") long id, TextRequest request) {
        return CaseResponse.of(desk.reopen(id, new CaseCommands.Reopening(request == null ? null : request.text())));
    }

    @GET
    @Operation(summary = "The case queue (grid workers: their grids), filtered by state, category, grid, overdue")
    public PageResponse<CaseSummary> queue(@QueryParam("state") String state, @QueryParam("categoryId") Long category,
                                           @QueryParam("gridId") Long grid, @QueryParam("overdue") boolean overdue,
                                           @BeanParam PageParams paging) {
        CaseCommands.QueueFilter filter = new CaseCommands.QueueFilter(
                EnumValues.parse(CaseState.class, state, "state"), category, grid, overdue);
        return PageResponse.of(handling.queue(filter, paging.request()), CaseSummary::of);
    }

    @GET
    @Path("board")
    @Operation(summary = "The SLA board: open cases due soon or overdue, earliest deadline first")
    public PageResponse<CaseSummary> board(@BeanParam PageParams paging) {
        return PageResponse.of(handling.board(paging.request()), CaseSummary::of);
    }

    @GET
    @Path("assignees")
    @Operation(summary = "Who a case may be assigned to: operators, grid workers and verified providers")
    public CaseHandling.Assignees assignees() {
        return handling.assignees();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One case of the queue with every step")
    public CaseResponse get(@PathParam("id") long id) {
        return CaseResponse.of(handling.get(id));
    }

    @POST
    @Path("{id: \\d+}/accept")
    @Operation(summary = "Accept a reported case")
    public CaseResponse accept(@PathParam("id") long id) {
        return CaseResponse.of(handling.accept(id));
    }

    @POST
    @Path("{id: \\d+}/assign")
    @Operation(summary = "Assign a case to a STAFF user, a GRID_WORKER or a PROVIDER (terms FREE or PAID)")
    public CaseResponse assign(@PathParam("id") long id, AssignRequest r) {
        CaseCommands.Assignment command = r == null ? null : new CaseCommands.Assignment(
                EnumValues.parse(AssigneeKind.class, r.kind(), "kind"), r.userId(), r.providerId(),
                EnumValues.parse(WorkTerms.class, r.terms(), "terms"), r.note());
        return CaseResponse.of(handling.assign(id, command));
    }

    @POST
    @Path("{id: \\d+}/start")
    @Operation(summary = "Start work on an assigned case")
    public CaseResponse start(@PathParam("id") long id) {
        return CaseResponse.of(handling.start(id));
    }

    @POST
    @Path("{id: \\d+}/steps")
    @Operation(summary = "Append a step (public, or internal to handlers)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseResponse.class)))
    public Response step(@PathParam("id") long id, StepRequest r) {
        CaseCommands.Step command = r == null ? null : new CaseCommands.Step(r.text(), r.internal());
        return Response.status(Response.Status.CREATED).entity(CaseResponse.of(handling.step(id, command))).build();
    }

    @POST
    @Path("{id: \\d+}/steps/{step: \\d+}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo to a step (PNG, JPEG or WebP of at most 2 MB; six per step)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseResponse.class)))
    public Response addPhoto(@PathParam("id") long id, @PathParam("step") long step, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(CaseResponse.of(handling.addPhoto(id, step, FileBodies.image(body)))).build();
    }

    @GET
    @Path("{id: \\d+}/photos/{photo: \\d+}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "A photo of a case of the queue")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response photo(@PathParam("id") long id, @PathParam("photo") long photo, @Context Request request) {
        return FileBodies.send(handling.photo(id, photo), request, true);
    }

    @POST
    @Path("{id: \\d+}/resolve")
    @Operation(summary = "Resolve a case in progress with its result")
    public CaseResponse resolve(@PathParam("id") long id, TextRequest r) {
        return CaseResponse.of(handling.resolve(id, new CaseCommands.Resolution(r == null ? null : r.text())));
    }

    @POST
    @Path("{id: \\d+}/reject")
    @Operation(summary = "Reject a reported or accepted case, with a reason")
    public CaseResponse reject(@PathParam("id") long id, TextRequest r) {
        return CaseResponse.of(handling.reject(id, new CaseCommands.Rejection(r == null ? null : r.text())));
    }
}
