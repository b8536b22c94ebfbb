package org.linli.tenants.registry.residents.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.residents.ResidentDirectory;

/** A signed-in resident's own registry entry and who has seen its sealed values. */
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My data", description = "A resident's own registry data")
public class MyDataResource {

    @Inject
    ResidentDirectory residents;

    @GET
    @Path("resident")
    @Operation(summary = "My registry entry, also while it awaits an operator's check (status PENDING)")
    public ResidentsApi.ResidentResponse mine() {
        return residents.registration().map(ResidentsApi.ResidentResponse::of)
                .orElseThrow(() -> DomainException.notFound("resident_not_found"));
    }

    @GET
    @Path("data-accesses")
    @Operation(summary = "Who saw my data: a page of the full reads of my sealed values, newest first, with purpose")
    public PageResponse<ResidentsApi.AccessResponse> whoSawMyData(@BeanParam PageParams paging) {
        return PageResponse.of(residents.whoSawMyData(paging.request()), ResidentsApi.AccessResponse::of);
    }
}
