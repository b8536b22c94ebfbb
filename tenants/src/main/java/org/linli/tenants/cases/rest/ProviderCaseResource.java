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
import org.linli.tenants.cases.CaseCommands;
import org.linli.tenants.cases.CaseState;
import org.linli.tenants.cases.ProviderCases;
import org.linli.tenants.cases.rest.CasesApi.CaseResponse;
import org.linli.tenants.cases.rest.CasesApi.CaseSummary;
import org.linli.tenants.files.rest.FileBodies;

import java.io.InputStream;

/** The cases assigned to the signed-in staff member's provider: read, append steps with photos, resolve. */
@Path("cases/provider")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Community cases from report to rating (问题发现 → 事件跟踪 → 统一处置 → 反馈评价)")
public class ProviderCaseResource {

    @Inject
    ProviderCases cases;

    @GET
    @Operation(summary = "The cases assigned to my provider, earliest deadline first")
    public PageResponse<CaseSummary> assigned(@QueryParam("state") String state, @BeanParam PageParams paging) {
        return PageResponse.of(cases.assigned(EnumValues.parse(CaseState.class, state, "state"), paging.request()),
                CaseSummary::of);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One case assigned to my provider")
    public CaseResponse get(@PathParam("id") long id) {
        return CaseResponse.of(cases.get(id));
    }

    @POST
    @Path("{id: \\d+}/steps")
    @Operation(summary = "Append a step to a case assigned to my provider")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CaseResponse.class)))
    public Response step(@PathParam("id") long id, CasesApi.StepRequest r) {
        CaseCommands.Step command = r == null ? null : new CaseCommands.Step(r.text(), r.internal());
        return Response.status(Response.Status.CREATED).entity(CaseResponse.of(cases.step(id, command))).build();
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
                .entity(CaseResponse.of(cases.addPhoto(id, step, FileBodies.image(body)))).build();
    }

    @GET
    @Path("{id: \\d+}/photos/{photo: \\d+}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(summary = "A photo of a case assigned to my provider")
    @APIResponse(responseCode = "200", description = "The image",
            content = {@Content(mediaType = "image/png"),
                    @Content(mediaType = "image/jpeg"),
                    @Content(mediaType = "image/webp")})
    public Response photo(@PathParam("id") long id, @PathParam("photo") long photo, @Context Request request) {
        return FileBodies.send(cases.photo(id, photo), request, true);
    }

    @POST
    @Path("{id: \\d+}/resolve")
    @Operation(summary = "Resolve a case assigned to my provider with its result")
    public CaseResponse resolve(@PathParam("id") long id, CasesApi.TextRequest r) {
        return CaseResponse.of(cases.resolve(id, new CaseCommands.Resolution(r == null ? null : r.text())));
    }
}
