package org.linli.tenants.points.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.platform.money.Money;
import org.linli.tenants.points.PointsDiscounts;
import org.linli.tenants.points.rest.PointsApi.QuoteResponse;
import org.linli.tenants.points.rest.PointsApi.TermsRequest;
import org.linli.tenants.points.rest.PointsApi.TermsResponse;

/**
 * Points as a discount on marketplace orders: the tenant's terms (operators) and a resident's quote for an amount.
 * The points themselves are given with the booking ({@code POST /orders}, {@code points}).
 */
@Path("points/discount")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Points", description = "Residents' points: earning rules, lots with expiry, statements, liabilities")
public class DiscountResource {

    @Inject
    PointsDiscounts discounts;

    @GET
    @Operation(summary = "The tenant's discount terms: value of one point in fen, maximum share of an order")
    public TermsResponse terms() {
        return TermsResponse.of(discounts.terms());
    }

    @PUT
    @Operation(summary = "Set the value of one point (1–10000 fen) and the maximum share of an order (0–100 %)")
    public TermsResponse change(@Valid @NotNull TermsRequest r) {
        return TermsResponse.of(discounts.change(r.pointValueFen(), r.maxSharePercent()));
    }

    @GET
    @Path("quote")
    @Operation(summary = "The signed-in resident's balance and the most points usable on an order of amountFen")
    public QuoteResponse quote(@QueryParam("amountFen") @NotNull Long amountFen) {
        return QuoteResponse.of(discounts.quote(Money.fen(amountFen)));
    }
}
