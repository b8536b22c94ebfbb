package org.linli.billing.checkout.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linli.billing.checkout.SellerPayoutAccount;
import org.linli.billing.checkout.SellerPayouts;
import org.linli.billing.settlement.PayoutAccount;
import org.linli.platform.problem.DomainException;

import java.time.Instant;

/** A seller's own Alipay account for the money of flea-market sales paid online. */
@Path("flea/payout-account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flea market", description = "Listings, reservations, messages and moderation of the flea market")
public class SellerPayoutResource {

    @Inject
    SellerPayouts payouts;

    /** Where to pay the caller: a 16-digit {@code 2088…} Alipay user id and the holder's name. */
    public record PayoutAccountRequest(String alipayUserId, String holder) {
    }

    /** The account, its Alipay user id masked. */
    public record PayoutAccountResponse(String alipayUserId, String holder, Instant registeredAt) {

        static PayoutAccountResponse of(SellerPayoutAccount account) {
            return new PayoutAccountResponse(PayoutAccount.masked(account.alipayUserId()), account.holder(),
                    account.registeredAt());
        }
    }

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
