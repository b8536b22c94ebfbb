package org.linli.tenants.inbox.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.inbox.Inbox;
import org.linli.tenants.inbox.rest.InboxApi.MessageResponse;
import org.linli.tenants.inbox.rest.InboxApi.ReadAllResponse;
import org.linli.tenants.inbox.rest.InboxApi.UnreadResponse;

/**
 * The signed-in user's in-app messages. A message's text is an i18n key of the ui bundles with its arguments, so
 * that each reader sees it in their own language; {@code link} is the application path it opens.
 */
@Path("inbox")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "In-app messages of the signed-in user: reminders, deadlines, decisions")
public class InboxResource {

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "A page of my messages, newest first; unreadOnly=true for the unread ones only")
    public PageResponse<MessageResponse> mine(@QueryParam("unreadOnly") boolean unreadOnly,
                                              @BeanParam PageParams paging) {
        return PageResponse.of(inbox.mine(unreadOnly, paging.request()), MessageResponse::of);
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of my messages are unread (the bell's badge)")
    public UnreadResponse unread() {
        return new UnreadResponse(inbox.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of my messages read; another user's message is not found")
    public MessageResponse read(@PathParam("id") long id) {
        return MessageResponse.of(inbox.read(id));
    }

    @POST
    @Path("read-all")
    @Operation(summary = "Mark all my messages read")
    public ReadAllResponse readAll() {
        return new ReadAllResponse(inbox.readAll());
    }
}
