package org.linli.tenants.notices.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.files.rest.FileBodies;
import org.linli.tenants.notices.NoticeBoard;
import org.linli.tenants.notices.rest.NoticesApi.MyNoticeResponse;
import org.linli.tenants.notices.rest.NoticesApi.MyNoticeSummary;
import org.linli.tenants.notices.rest.NoticesApi.UnreadResponse;

/**
 * A resident's own notices: those addressed to them, pinned and unread first; opening one records the reading,
 * acknowledging records that apart. A notice not addressed to them answers 404.
 */
@Path("notices/mine")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Notices to residents, their reach and reminders; residents' own notices")
public class MyNoticeResource {

    @Inject
    NoticeBoard board;

    @GET
    @Operation(summary = "A page of my notices: pinned first, then unread, then newest")
    public PageResponse<MyNoticeSummary> mine(@BeanParam PageParams paging) {
        return PageResponse.of(board.mine(paging.request()), MyNoticeSummary::of);
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of my notices I have not opened")
    public UnreadResponse unread() {
        return new UnreadResponse(board.unread());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Open one of my notices; the first opening is recorded as my reading")
    public MyNoticeResponse open(@PathParam("id") long id) {
        return MyNoticeResponse.of(board.open(id));
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Acknowledge one of my notices that asks for it")
    public MyNoticeResponse acknowledge(@PathParam("id") long id) {
        return MyNoticeResponse.of(board.acknowledge(id));
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces({"application/pdf", "image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "An attachment of one of my notices")
    @APIResponse(responseCode = "200", description = "The attachment: a PDF document or an image",
            content = {@Content(mediaType = "application/pdf"),
                    @Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment,
                               @Context Request request) {
        return FileBodies.send(board.attachment(id, attachment), request, false);
    }
}
