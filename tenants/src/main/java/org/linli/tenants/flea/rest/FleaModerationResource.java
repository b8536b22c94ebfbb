package org.linli.tenants.flea.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.flea.ListingCommands;
import org.linli.tenants.flea.ModerationService;
import org.linli.tenants.flea.ReportStatus;
import org.linli.tenants.flea.rest.FleaApi.CategoryRequest;
import org.linli.tenants.flea.rest.FleaApi.CategoryResponse;
import org.linli.tenants.flea.rest.FleaApi.QueueResponse;
import org.linli.tenants.flea.rest.FleaApi.SettingsRequest;
import org.linli.tenants.flea.rest.FleaApi.SettingsResponse;

/** The tenant's side of the flea market: the moderation queue, the category list and the settings. */
@Path("flea/admin")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class FleaModerationResource {

    @Inject
    ModerationService moderation;

    @GET
    @Path("reports")
    @Operation(summary = "A page of reports in a status (OPEN by default), oldest first: the moderation queue")
    public PageResponse<QueueResponse> queue(@QueryParam("status") String status, @BeanParam PageParams paging) {
        return PageResponse.of(moderation.queue(EnumValues.parse(ReportStatus.class, status, "status"),
                paging.request()), QueueResponse::of);
    }

    @POST
    @Path("categories")
    @Operation(summary = "Add a category (forbidden=true for what may not be traded)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryResponse.class)))
    public Response addCategory(@NotNull CategoryRequest r) {
        return Response.status(Response.Status.CREATED)
                .entity(CategoryResponse.of(moderation.addCategory(r.details()))).build();
    }

    @PUT
    @Path("categories/{id}")
    @Operation(summary = "Rename, reorder, forbid or allow a category")
    public CategoryResponse changeCategory(@PathParam("id") long id, @NotNull CategoryRequest r) {
        return CategoryResponse.of(moderation.changeCategory(id, r.details()));
    }

    @GET
    @Path("settings")
    @Operation(summary = "The tenant's flea-market settings")
    public SettingsResponse settings() {
        return new SettingsResponse(moderation.settings().suspendAfterReports());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change after how many listings hidden upon reports a seller is suspended")
    public SettingsResponse changeSettings(SettingsRequest r) {
        return new SettingsResponse(moderation.changeSettings(new ListingCommands.Settings(
                r == null ? null : r.suspendAfterUpheldReports())).suspendAfterReports());
    }
}
