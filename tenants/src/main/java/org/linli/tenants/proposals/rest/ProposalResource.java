package org.linli.tenants.proposals.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.i18n.Messages;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.proposals.Proposal;
import org.linli.tenants.proposals.ProposalCommands;
import org.linli.tenants.proposals.ProposalService;
import org.linli.tenants.proposals.ProposalStatus;
import org.linli.tenants.proposals.Tally;
import org.linli.tenants.proposals.VotingService;
import org.linli.tenants.proposals.rest.ProposalsApi.ProposalRequest;
import org.linli.tenants.proposals.rest.ProposalsApi.ProposalResponse;
import org.linli.tenants.proposals.rest.ProposalsApi.ReceiptCheckResponse;
import org.linli.tenants.proposals.rest.ProposalsApi.ReceiptResponse;
import org.linli.tenants.proposals.rest.ProposalsApi.ScheduleRequest;
import org.linli.tenants.proposals.rest.ProposalsApi.SettingsRequest;
import org.linli.tenants.proposals.rest.ProposalsApi.SettingsResponse;
import org.linli.tenants.proposals.rest.ProposalsApi.VoteRequest;
import org.linli.tenants.proposals.rest.ProposalsApi.VotesResponse;
import org.linli.tenants.registry.structure.CommunityId;

/**
 * Proposals of the tenant's communities: submit (operators: open at once; residents: a draft to co-sign), schedule,
 * co-sign, vote with a receipt code, check a receipt, close, publish and read the tally (JSON or PDF).
 */
@Path("proposals")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Deliberation: proposals, co-signatures, comments, secret votes and tallies")
public class ProposalResource {

    @Inject
    ProposalService proposals;

    @Inject
    VotingService voting;

    @GET
    @Operation(summary = "A page of proposals the caller may see (residents: their community's), newest first")
    public PageResponse<ProposalResponse> list(@QueryParam("community") Long community,
                                               @QueryParam("status") String status, @BeanParam PageParams paging) {
        return PageResponse.of(proposals.list(community == null ? null : new CommunityId(community),
                EnumValues.parse(ProposalStatus.class, status, "status"), paging.request()), ProposalResponse::of);
    }

    @POST
    @Operation(summary = "Submit a proposal: an operator's opens at once, a resident's waits for co-signatures")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProposalResponse.class)))
    public Response submit(@NotNull ProposalRequest request, @Context UriInfo uri) {
        Proposal proposal = proposals.submit(request.command());
        ProposalResponse body = ProposalResponse.of(proposals.get(proposal.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(proposal.id())).build())
                .entity(body).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal, with its phase and the number of ballots cast")
    public ProposalResponse get(@PathParam("id") long id) {
        return ProposalResponse.of(proposals.get(id));
    }

    @PUT
    @Path("{id}/schedule")
    @Operation(summary = "Move the voting period (operators until the vote begins; the proposer of a draft)")
    public ProposalResponse schedule(@PathParam("id") long id, @NotNull ScheduleRequest request) {
        proposals.schedule(id, new ProposalCommands.Schedule(request.votingFrom(), request.votingUntil()));
        return ProposalResponse.of(proposals.get(id));
    }

    @POST
    @Path("{id}/co-signatures")
    @Operation(summary = "The caller's household co-signs a resident's draft (once per household)")
    public ProposalResponse coSign(@PathParam("id") long id) {
        return ProposalResponse.of(proposals.coSign(id));
    }

    @POST
    @Path("{id}/votes")
    @Operation(summary = "Cast the caller's ballot; answers the receipt code once (409 already_voted on a second)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReceiptResponse.class)))
    public Response vote(@PathParam("id") long id, @NotNull VoteRequest request) {
        VotingService.Receipt receipt = voting.vote(id, new ProposalCommands.Vote(request.choice()));
        return Response.status(Response.Status.CREATED).entity(new ReceiptResponse(receipt.proposalId(),
                receipt.code(), receipt.choice(), receipt.option())).build();
    }

    @GET
    @Path("{id}/votes")
    @Operation(summary = "How many ballots were cast, and whether the caller (or their home) voted — never who")
    public VotesResponse votes(@PathParam("id") long id) {
        ProposalService.ProposalView view = proposals.get(id);
        return new VotesResponse(id, view.ballotsCast(), view.votedByMe());
    }

    @GET
    @Path("receipts/{code}")
    @Operation(summary = "Check a receipt code: the ballot was recorded, what it chose, whether it is counted")
    public ReceiptCheckResponse receipt(@PathParam("code") String code) {
        VotingService.ReceiptCheck check = voting.receipt(code);
        return new ReceiptCheckResponse(check.code(), check.proposalId(), check.title(), check.choice(),
                check.option(), check.counted());
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close a vote whose period has ended, counting its ballots (the sweep does it too)")
    public ProposalResponse close(@PathParam("id") long id) {
        voting.close(id);
        return ProposalResponse.of(proposals.get(id));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a closed vote's tally to the tenant")
    public ProposalResponse publish(@PathParam("id") long id) {
        voting.publish(id);
        return ProposalResponse.of(proposals.get(id));
    }

    @GET
    @Path("{id}/tally")
    @Operation(summary = "The tally: only ballots cast until the close (residents: until published), then all counts")
    public Tally tally(@PathParam("id") long id) {
        return voting.tally(id);
    }

    @GET
    @Path("{id}/tally.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The published tally as PDF, in the caller's language")
    @APIResponse(responseCode = "200", description = "The PDF document",
            content = @Content(mediaType = "application/pdf"))
    public Response tallyPdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        byte[] pdf = voting.tallyPdf(id, Messages.fromPreferences(headers.getAcceptableLanguages()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"tally-" + id + ".pdf\"").build();
    }

    @GET
    @Path("settings")
    @Operation(summary = "The tenant's deliberation settings")
    public SettingsResponse settings() {
        return new SettingsResponse(proposals.coSignaturesNeeded());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change how many households must co-sign a resident's proposal")
    public SettingsResponse changeSettings(@NotNull SettingsRequest request) {
        return new SettingsResponse(proposals.changeSettings(
                new ProposalCommands.Settings(request.coSignaturesNeeded())));
    }
}
