package org.linli.tenants.notices.rest;

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
import org.linli.tenants.files.UploadedFile;
import org.linli.tenants.files.rest.FileBodies;
import org.linli.tenants.notices.NoticeAttachment;
import org.linli.tenants.notices.NoticeCommands;
import org.linli.tenants.notices.NoticeService;
import org.linli.tenants.notices.NoticeState;
import org.linli.tenants.notices.ReminderResult;
import org.linli.tenants.notices.rest.NoticesApi.AttachmentResponse;
import org.linli.tenants.notices.rest.NoticesApi.NoticeRequest;
import org.linli.tenants.notices.rest.NoticesApi.NoticeResponse;
import org.linli.tenants.notices.rest.NoticesApi.NoticeSummary;
import org.linli.tenants.notices.rest.NoticesApi.PinRequest;
import org.linli.tenants.notices.rest.NoticesApi.ReachResponse;
import org.linli.tenants.notices.rest.NoticesApi.UnreachedResponse;

import java.io.InputStream;
import java.time.Clock;

/**
 * The operators' notices: write drafts with attachments, publish, pin, withdraw; read a notice's reach per
 * building and the households it has not reached; remind those (once an hour at most).
 */
@Path("notices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Notices to residents, their reach and reminders; residents' own notices")
public class NoticeResource {

    @Inject
    NoticeService notices;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "A page of the tenant's notices, pinned first then latest changed; filters: state (DRAFT,"
            + " PUBLISHED, WITHDRAWN, EXPIRED), q (words of the title)")
    public PageResponse<NoticeSummary> list(@QueryParam("state") String state, @QueryParam("q") String text,
                                            @BeanParam PageParams paging) {
        return PageResponse.of(notices.list(new NoticeCommands.Filter(EnumValues.parse(NoticeState.class, state,
                "state"), text), paging.request()), n -> NoticeSummary.of(n, clock.instant()));
    }

    @POST
    @Operation(summary = "Write a notice as a draft, or publish it at once with ?publish=true")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NoticeResponse.class)))
    public Response create(@NotNull NoticeRequest request, @QueryParam("publish") boolean publish) {
        NoticeService.NoticeView view = notices.create(request.draft());
        if (publish) {
            view = notices.publish(view.notice().id());
        }
        return Response.status(Response.Status.CREATED).entity(NoticeResponse.of(view)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A notice with its audience and attachments")
    public NoticeResponse get(@PathParam("id") long id) {
        return NoticeResponse.of(notices.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite a draft")
    public NoticeResponse revise(@PathParam("id") long id, @NotNull NoticeRequest request) {
        return NoticeResponse.of(notices.revise(id, request.draft()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a draft")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response delete(@PathParam("id") long id) {
        notices.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a draft to its audience")
    public NoticeResponse publish(@PathParam("id") long id) {
        return NoticeResponse.of(notices.publish(id));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a published notice")
    public NoticeResponse withdraw(@PathParam("id") long id) {
        return NoticeResponse.of(notices.withdraw(id));
    }

    @PUT
    @Path("{id}/pinned")
    @Operation(summary = "Pin or unpin a draft or published notice")
    public NoticeResponse pin(@PathParam("id") long id, @Valid @NotNull PinRequest request) {
        return NoticeResponse.of(notices.pin(id, request.pinned()));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a PDF or picture to a draft (the body is the file, at most 5 MB; ?name= its name)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AttachmentResponse.class)))
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        NoticeAttachment attachment = notices.attach(id, FileBodies.read(name, body,
                UploadedFile.MAX_DOCUMENT_BYTES));
        return Response.status(Response.Status.CREATED).entity(AttachmentResponse.of(attachment)).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces({"application/pdf", "image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "An attachment's bytes")
    @APIResponse(responseCode = "200", description = "The attachment: a PDF document or an image",
            content = {@Content(mediaType = "application/pdf"),
                    @Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment,
                               @Context Request request) {
        return FileBodies.send(notices.attachment(id, attachment), request, false);
    }

    @DELETE
    @Path("{id}/attachments/{attachment}")
    @Operation(summary = "Remove an attachment from a draft")
    @APIResponse(responseCode = "204", description = "Done; no content")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        notices.detach(id, attachment);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/reach")
    @Operation(summary = "How far the notice reached: households and residents that read and acknowledged it, in"
            + " total and per building, and households not reachable in the app")
    public ReachResponse reach(@PathParam("id") long id) {
        return ReachResponse.of(notices.reach(id));
    }

    @GET
    @Path("{id}/unreached")
    @Operation(summary = "A page of the households the notice has not reached, names masked by the privacy policy")
    public PageResponse<UnreachedResponse> unreached(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(notices.unreached(id, paging.request()), UnreachedResponse::of);
    }

    @POST
    @Path("{id}/reminders")
    @Operation(summary = "Remind the residents of unreached households in the app; at most once an hour per notice"
            + " (409 notice_reminded_recently)")
    public ReminderResult remind(@PathParam("id") long id) {
        return notices.remind(id);
    }
}
