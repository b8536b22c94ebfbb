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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.DistrictCases;
import org.linli.tenants.cases.DistrictRelay;
import org.linli.tenants.cases.rest.CasesApi.CommentRequest;
import org.linli.tenants.cases.rest.CasesApi.EscalationResponse;

/**
 * A district's queue of cases escalated to it by the property companies it supervises: a snapshot without the
 * reporter's personal data, the public steps, and the district's comments (sent back to the company's case).
 */
@Path("cases/escalated")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Community cases from report to rating (问题发现 → 事件跟踪 → 统一处置 → 反馈评价)")
public class DistrictCaseResource {

    @Inject
    DistrictCases district;

    @Inject
    DistrictRelay relay;

    @GET
    @Operation(summary = "Cases escalated to this district, the latest change first")
    public PageResponse<EscalationResponse> escalated(@BeanParam PageParams paging) {
        return PageResponse.of(district.escalated(paging.request()), EscalationResponse::of);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One escalated case with its public steps and the district's comments")
    public EscalationResponse get(@PathParam("id") long id) {
        return EscalationResponse.of(district.get(id));
    }

    @POST
    @Path("{id: \\d+}/comments")
    @Operation(summary = "Comment on an escalated case; the property company's handlers see it on their case")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EscalationResponse.class)))
    public Response comment(@PathParam("id") long id, CommentRequest r) {
        return Response.status(Response.Status.CREATED).entity(EscalationResponse.of(
                relay.comment(id, new CaseCommands.Comment(r == null ? null : r.text())))).build();
    }
}
