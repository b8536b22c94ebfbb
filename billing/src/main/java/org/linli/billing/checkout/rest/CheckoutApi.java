package org.linli.billing.checkout.rest;

import jakarta.validation.constraints.NotNull;
import org.linli.billing.checkout.AdSplitLine;
import org.linli.billing.checkout.FleaHold;
import org.linli.billing.checkout.HoldStatus;
import org.linli.billing.checkout.PayoutState;
import org.linli.billing.checkout.SellerPayoutAccount;
import org.linli.billing.commission.Party;
import org.linli.billing.settlement.PayoutAccount;

import java.time.Instant;

/**
 * The request and response bodies of {@link CheckoutResource} and {@link SellerPayoutResource}, as records;
 * requests carry their Bean Validation constraints.
 */
final class CheckoutApi {

    private CheckoutApi() {
    }

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

    public record HoldResponse(long reservationId, Long sellerResidentId, long amountFen, long refundedFen,
                               long feeFen, long sellerFen, HoldStatus status, Instant heldAt, Instant releasedAt,
                               PayoutState payout, String payoutReference, String payoutReason) {

        static HoldResponse of(FleaHold h) {
            return new HoldResponse(h.reservationId(), h.sellerResidentId(), h.amount().fen(), h.refunded().fen(),
                    h.fee().fen(), h.sellerPart().fen(), h.status(), h.heldAt(), h.releasedAt(), h.payout(),
                    h.payoutReference(), h.payoutReason());
        }
    }

    public record AdSplitResponse(Party party, String account, long amountFen, long refundedFen, Integer ruleVersion,
                                  Instant splitAt) {

        static AdSplitResponse of(AdSplitLine l) {
            return new AdSplitResponse(l.party(), l.account(), l.amount().fen(), l.refunded().fen(), l.ruleVersion(),
                    l.splitAt());
        }
    }

    /** The fee: a percentage in basis points (1/100 of a percent) plus a fixed fee in fen; both default to 0. */
    public record FeeBody(@NotNull Integer percentBasisPoints, @NotNull Long fixedFen) {
    }
}
