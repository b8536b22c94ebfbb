package org.linli.tenants.flea.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.tenants.flea.TradeService;
import org.linli.tenants.flea.rest.FleaApi.Seller;
import org.linli.tenants.flea.rest.FleaApi.SellerResponse;
import org.linli.tenants.registry.residents.ResidentId;

/** Traders' public profiles: masked nickname, building and reputation. */
@Path("flea/sellers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class FleaSellerResource {

    @Inject
    TradeService trade;

    @GET
    @Path("{id}")
    @Operation(summary = "A trader's profile by resident id: masked nickname, building, ratings received (count,"
            + " average) and listings on show")
    public SellerResponse get(@PathParam("id") long id) {
        TradeService.SellerProfile p = trade.seller(new ResidentId(id));
        return new SellerResponse(Seller.of(p.card()), p.ratings(), p.averageStars(), p.onShow());
    }
}
