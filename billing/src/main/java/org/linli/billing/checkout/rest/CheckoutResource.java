package org.linli.billing.checkout.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.checkout.CheckoutBooks;
import org.linli.billing.checkout.FleaFeeTerms;
import org.linli.billing.checkout.PayoutState;
import org.linli.billing.checkout.rest.CheckoutApi.AdSplitResponse;
import org.linli.billing.checkout.rest.CheckoutApi.FeeBody;
import org.linli.billing.checkout.rest.CheckoutApi.HoldResponse;
import org.linli.platform.application.rest.BoundedList;
import org.linli.platform.application.rest.PageParams;
import org.linli.platform.application.rest.PageResponse;
import org.linli.tenants.ads.AdBookingId;

import java.util.List;

/**
 * Checkouts for finance: flea-market purchases paid online (held, released, paid out to the seller or waiting), the
 * platform/tenant split of ad bookings, and the tenant's flea-market platform fee.
 */
@Path("checkouts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Checkouts", description = "Flea-market purchases and ad bookings in the books")
public class CheckoutResource {

    @Inject
    CheckoutBooks books;

    @GET
    @Path("flea-holds")
    @Operation(summary = "Flea-market purchases paid online, newest first; payout=WAITING lists the sellers' payouts"
            + " that wait (no payout account, or refused by the gateway)")
    public PageResponse<HoldResponse> holds(@QueryParam("payout") PayoutState payout,
                                            @BeanParam PageParams paging) {
        return PageResponse.of(books.holds(payout, paging.request()), HoldResponse::of);
    }

    @POST
    @Path("flea-holds/{reservation}/payout")
    @Operation(summary = "Pay a released purchase out to its seller again (after a payout account was added)")
    public HoldResponse payOut(@PathParam("reservation") long reservation) {
        return HoldResponse.of(books.retryPayout(reservation));
    }

    @GET
    @Path("ad-splits/{booking}")
    @Operation(summary = "How an ad booking's payment was split between platform and tenant (ADS module)")
    @BoundedList("one line per party: platform and tenant")
    public List<AdSplitResponse> adSplit(@PathParam("booking") long booking) {
        return books.adSplit(new AdBookingId(booking)).stream().map(AdSplitResponse::of).toList();
    }

    @GET
    @Path("flea-fee")
    @Operation(summary = "The tenant's platform fee on flea-market purchases paid online (operators, finance)")
    public FeeBody fee() {
        FleaFeeTerms terms = books.fleaFee();
        return new FeeBody(terms.percentBasisPoints(), terms.fixedFen());
    }

    @PUT
    @Path("flea-fee")
    @Operation(summary = "Set the flea-market platform fee: percent in basis points (0–10000) plus a fixed fee in fen")
    public FeeBody setFee(@Valid @NotNull FeeBody body) {
        FleaFeeTerms terms = books.setFleaFee(new FleaFeeTerms(body.percentBasisPoints(), body.fixedFen()));
        return new FeeBody(terms.percentBasisPoints(), terms.fixedFen());
    }
}
