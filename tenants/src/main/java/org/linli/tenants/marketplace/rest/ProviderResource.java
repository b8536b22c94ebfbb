package org.linli.tenants.marketplace.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.identity.UserId;
import org.linli.platform.problem.EnumValues;
import org.linli.tenants.marketplace.Provider;
import org.linli.tenants.marketplace.ProviderId;
import org.linli.tenants.marketplace.ProviderService;
import org.linli.tenants.marketplace.ProviderStaff;
import org.linli.tenants.marketplace.ProviderStaffService;
import org.linli.tenants.marketplace.ProviderStatus;
import org.linli.tenants.marketplace.rest.MarketplaceApi.ProviderRequest;
import org.linli.tenants.marketplace.rest.MarketplaceApi.ProviderResponse;
import org.linli.tenants.marketplace.rest.MarketplaceApi.ReasonRequest;
import org.linli.tenants.marketplace.rest.MarketplaceApi.StaffRequest;
import org.linli.tenants.marketplace.rest.MarketplaceApi.StaffResponse;

import java.util.List;

/** Providers: onboarding with qualification, verification, suspension, staff and served communities. */
@Path("providers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Companies and people delivering services in a tenant")
public class ProviderResource {

    @Inject
    ProviderService providers;

    @Inject
    ProviderStaffService providerStaff;

    @GET
    @Operation(summary = "A page of the tenant's providers by name, optionally by status")
    public PageResponse<ProviderResponse> list(@QueryParam("status") String status, @BeanParam PageParams paging) {
        return PageResponse.of(providers.list(EnumValues.parse(ProviderStatus.class, status, "status"),
                paging.request()), p -> ProviderResponse.of(p, null));
    }

    @POST
    @Operation(summary = "Onboard a provider (pending until verified)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProviderResponse.class)))
    public Response onboard(@NotNull ProviderRequest request, @Context UriInfo uri) {
        Provider provider = providers.onboard(request.toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(provider.id().value())).build())
                .entity(response(provider)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The provider the signed-in staff member works for")
    public ProviderResponse mine() {
        return response(providers.mine());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One provider")
    public ProviderResponse get(@PathParam("id") long id) {
        return response(providers.get(new ProviderId(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a provider's qualification, contact and communities")
    public ProviderResponse update(@PathParam("id") long id, @NotNull ProviderRequest request) {
        return response(providers.update(new ProviderId(id), request.toCommand()));
    }

    @POST
    @Path("{id}/verify")
    @Operation(summary = "Verify a pending provider's qualification")
    public ProviderResponse verify(@PathParam("id") long id) {
        return response(providers.verify(new ProviderId(id)));
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend a provider, with the reason")
    public ProviderResponse suspend(@PathParam("id") long id, ReasonRequest request) {
        return response(providers.suspend(new ProviderId(id), request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/reinstate")
    @Operation(summary = "Lift a suspension")
    public ProviderResponse reinstate(@PathParam("id") long id) {
        return response(providers.reinstate(new ProviderId(id)));
    }

    @GET
    @Path("{id}/staff")
    @Operation(summary = "The provider's staff accounts")
    @BoundedList("the staff of one provider, capped at 500")
    public List<StaffResponse> staff(@PathParam("id") long id) {
        return providerStaff.staff(new ProviderId(id)).stream().map(StaffResponse::of).toList();
    }

    @POST
    @Path("{id}/staff")
    @Operation(summary = "Link a provider-staff account to the provider")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StaffResponse.class)))
    public Response addStaff(@PathParam("id") long id, @Valid @NotNull StaffRequest request) {
        ProviderStaff staff = providerStaff.addStaff(new ProviderId(id), new UserId(request.userId()));
        return Response.status(Response.Status.CREATED).entity(StaffResponse.of(staff)).build();
    }

    private ProviderResponse response(Provider provider) {
        return ProviderResponse.of(provider, providers.communities(provider.id()));
    }
}
