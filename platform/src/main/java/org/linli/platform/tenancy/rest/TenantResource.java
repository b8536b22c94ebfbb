package org.linli.platform.tenancy.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.linli.platform.problem.EnumValues;
import org.linli.platform.tenancy.NewTenant;
import org.linli.platform.tenancy.Tenant;
import org.linli.platform.tenancy.TenantFilter;
import org.linli.platform.tenancy.TenantId;
import org.linli.platform.tenancy.TenantKind;
import org.linli.platform.tenancy.TenantService;
import org.linli.platform.tenancy.TenantStatus;
import org.linli.platform.tenancy.rest.TenancyApi.SupervisorRequest;

@Path("tenants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Districts and property companies (platform operators)")
public class TenantResource {

    @Inject
    TenantService tenants;

    @GET
    @Operation(summary = "List tenants, filtered by name part, kind and status")
    public PageResponse<TenantResponse> list(@QueryParam("q") String text, @QueryParam("kind") String kind,
                                             @QueryParam("status") String status,
                                             @BeanParam PageParams paging) {
        TenantFilter filter = new TenantFilter(text, EnumValues.parse(TenantKind.class, kind, "kind"),
                EnumValues.parse(TenantStatus.class, status, "status"));
        return PageResponse.of(tenants.list(filter, paging.request()), TenantResponse::of);
    }

    @POST
    @Operation(summary = "Onboard a tenant")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TenantResponse.class)))
    public Response create(CreateTenantRequest request, @Context UriInfo uri) {
        NewTenant command = request == null ? null
                : new NewTenant(EnumValues.parse(TenantKind.class, request.kind(), "kind"), request.name());
        Tenant tenant = tenants.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(tenant.id().value())).build())
                .entity(TenantResponse.of(tenant)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One tenant")
    public TenantResponse get(@PathParam("id") long id) {
        return TenantResponse.of(tenants.get(tenantId(id)));
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a tenant: its users can no longer sign in")
    public TenantResponse suspend(@PathParam("id") long id) {
        return TenantResponse.of(tenants.suspend(tenantId(id)));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a suspended tenant")
    public TenantResponse resume(@PathParam("id") long id) {
        return TenantResponse.of(tenants.resume(tenantId(id)));
    }

    @PUT
    @Path("{id}/supervisor")
    @Operation(summary = "Set the district supervising a property company (or clear it with a null districtId)")
    public TenantResponse supervise(@PathParam("id") long id, SupervisorRequest request) {
        Long district = request == null ? null : request.districtId();
        return TenantResponse.of(tenants.superviseBy(tenantId(id), district == null ? null
                : district > 0 ? TenantId.of(district) : TenantId.of(Long.MAX_VALUE)));
    }

    /** Ids that cannot exist are answered like unknown ones. */
    private static TenantId tenantId(long id) {
        return id > 0 ? TenantId.of(id) : null;
    }
}
