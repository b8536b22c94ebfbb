package org.linli.billing.checkout.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.checkout.SellerPayouts;
import org.linli.billing.checkout.rest.CheckoutApi.PayoutAccountRequest;
import org.linli.billing.checkout.rest.CheckoutApi.PayoutAccountResponse;
import org.linli.platform.problem.DomainException;

/** A seller's own Alipay account for the money of flea-market sales paid online. */
@Path("flea/payout-account")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class SellerPayoutResource {

    @Inject
    SellerPayouts payouts;

    @GET
    @Operation(summary = "My payout account for flea-market sales paid online (verified residents), masked")
    public PayoutAccountResponse mine() {
        return payouts.mine().map(PayoutAccountResponse::of)
                .orElseThrow(() -> DomainException.notFound("payout_account_not_found"));
    }

    @PUT
    @Operation(summary = "Register or change my payout account (a 2088… Alipay user id and the holder's name);"
            + " released sales waiting for it are paid out at once")
    public PayoutAccountResponse register(PayoutAccountRequest request) {
        return PayoutAccountResponse.of(payouts.register(request == null ? null
                : new SellerPayouts.AccountCommand(request.alipayUserId(), request.holder())));
    }
}
