package org.linli.tenants.proposals.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.linli.tenants.proposals.DiscussionService;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.rest.ProposalsApi.CommentRequest;
import org.linli.tenants.proposals.rest.ProposalsApi.CommentResponse;
import org.linli.tenants.proposals.rest.ProposalsApi.ModerationRequest;
import org.linli.tenants.proposals.rest.ProposalsApi.ReportRequest;

/** The discussion of proposals: comments, reports of comments, and their moderation by operators. */
@Path("proposals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Deliberation: proposals, co-signatures, comments, secret votes and tallies")
public class ProposalCommentResource {

    @Inject
    DiscussionService discussion;

    @GET
    @Path("{id}/comments")
    @Operation(summary = "A page of the proposal's comments, oldest first (hidden ones for operators only)")
    public PageResponse<CommentResponse> comments(@PathParam("id") long id, @BeanParam PageParams paging) {
        return PageResponse.of(discussion.comments(id, paging.request()), CommentResponse::of);
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Comment on a proposal of one's community, until its vote ends")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentResponse.class)))
    public Response comment(@PathParam("id") long id, @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(CommentResponse.of(discussion.comment(id, new ProposalCommands.Comment(request.body()))))
                .build();
    }

    @POST
    @Path("comments/{commentId}/reports")
    @Operation(summary = "Report a comment to the operators (once per resident)")
    public CommentResponse report(@PathParam("commentId") long commentId, @NotNull ReportRequest request) {
        return CommentResponse.of(discussion.report(commentId, new ProposalCommands.Report(request.reason())));
    }

    @GET
    @Path("comments/reported")
    @Operation(summary = "A page of the reported comments still visible, most reported first (operators)")
    public PageResponse<CommentResponse> reported(@BeanParam PageParams paging) {
        return PageResponse.of(discussion.reported(paging.request()), CommentResponse::of);
    }

    @POST
    @Path("comments/{commentId}/hide")
    @Operation(summary = "Hide a comment from residents, with a note (operators)")
    public CommentResponse hide(@PathParam("commentId") long commentId, ModerationRequest request) {
        return CommentResponse.of(discussion.hide(commentId, new ProposalCommands.Moderation(
                request == null ? null : request.note())));
    }

    @POST
    @Path("comments/{commentId}/restore")
    @Operation(summary = "Show a hidden comment again, with a note (operators)")
    public CommentResponse restore(@PathParam("commentId") long commentId, ModerationRequest request) {
        return CommentResponse.of(discussion.restore(commentId, new ProposalCommands.Moderation(
                request == null ? null : request.note())));
    }
}
