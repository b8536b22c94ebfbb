package org.linli.tenants.flea.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.application.rest.BoundedList;
import org.linli.tenants.flea.ListingService;

import java.util.List;

/** The tenant's category list, for sellers picking one and buyers filtering by one. */
@Path("flea/categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class FleaCategoryResource {

    @Inject
    ListingService listings;

    @GET
    @Operation(summary = "The tenant's categories in their order, forbidden ones marked")
    @BoundedList("a tenant's category list: a few dozen entries")
    public List<FleaApi.CategoryResponse> list() {
        return listings.categories().stream().map(FleaApi.CategoryResponse::of).toList();
    }
}
