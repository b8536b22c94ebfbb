package org.linli.tenants.orders.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.linli.tenants.orders.Complaint;
import org.linli.tenants.orders.ComplaintService;
import org.linli.tenants.orders.OrderId;
import org.linli.tenants.orders.rest.OrdersApi.ComplaintRequest;
import org.linli.tenants.orders.rest.OrdersApi.ComplaintResponse;
import org.linli.tenants.orders.rest.OrdersApi.ResolutionRequest;

/** Complaints about orders and their resolution by operators. */
@Path("complaints")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Residents' complaints about orders, resolved by operators")
public class ComplaintResource {

    @Inject
    ComplaintService complaints;

    @POST
    @Operation(summary = "Complain about one's paid order")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComplaintResponse.class)))
    public Response file(@Valid @NotNull ComplaintRequest request) {
        Complaint complaint = complaints.file(new OrderId(request.orderId()), request.text());
        return Response.status(Response.Status.CREATED).entity(ComplaintResponse.of(complaint)).build();
    }

    @GET
    @Operation(summary = "A page of the complaints the caller may see, newest first (operators all, providers theirs,"
            + " residents their own)")
    public PageResponse<ComplaintResponse> list(@QueryParam("open") boolean open, @BeanParam PageParams paging) {
        return PageResponse.of(complaints.list(open, paging.request()), ComplaintResponse::of);
    }

    @POST
    @Path("{id}/resolve")
    @Operation(summary = "Resolve a complaint with a written resolution (operators)")
    public ComplaintResponse resolve(@PathParam("id") long id, ResolutionRequest request) {
        return ComplaintResponse.of(complaints.resolve(id, request == null ? null : request.resolution()));
    }
}
