package org.linli.billing.checkout;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The money of one flea-market purchase: held, partly refunded, released to the seller less the fee. */
class FleaHoldTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aFullRefundBeforeTheHandoverEndsTheHoldAndNothingIsLeftToRelease() {
        FleaHold hold = new FleaHold(7, 70, 5L, Money.fen(8_800), NOW);
        hold.refund(Money.fen(8_800));
        assertThat(hold.status()).isEqualTo(HoldStatus.REFUNDED);
        assertThat(hold.held()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> hold.refund(Money.fen(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingBeyondWhatIsHeldIsRefunded() {
        FleaHold hold = new FleaHold(7, 70, 5L, Money.fen(100), NOW);
        hold.refund(Money.fen(40));
        assertThatThrownBy(() -> hold.refund(Money.fen(61))).isInstanceOf(IllegalStateException.class);
        assertThat(hold.held()).isEqualTo(Money.fen(60));
    }

    @Test
    void releasingWaitsForThePayoutUntilItIsPaidOut() {
        FleaHold hold = new FleaHold(7, 70, 5L, Money.fen(8_800), NOW);
        FleaFeeTerms.Release release = new FleaFeeTerms(500, 0).release(hold.held());
        hold.release(release.fee(), NOW);
        assertThat(hold.sellerPart()).isEqualTo(Money.fen(8_360));
        assertThat(hold.payout()).isEqualTo(PayoutState.WAITING);
        hold.payoutWaiting("payout_account_missing");
        assertThat(hold.payoutReason()).isEqualTo("payout_account_missing");
        hold.paidOut("settle-1");
        assertThat(hold.payout()).isEqualTo(PayoutState.PAID);
        assertThat(hold.payoutReason()).isNull();
    }

    @Property
    void refundsFeeAndSellerAlwaysAddUpToWhatWasPaid(@ForAll @LongRange(min = 1, max = 100_000_000L) long paid,
                                                    @ForAll @IntRange(min = 0, max = 100) int refundedPercent,
                                                    @ForAll @IntRange(min = 0, max = 10_000) int feeBasisPoints,
                                                    @ForAll @LongRange(min = 0, max = 100_000L) long fixedFen) {
        FleaHold hold = new FleaHold(7, 70, 5L, Money.fen(paid), NOW);
        long refund = paid * refundedPercent / 100;
        if (refund > 0) {
            hold.refund(Money.fen(refund));
        }
        if (hold.status() == HoldStatus.HELD) {
            FleaFeeTerms.Release release = new FleaFeeTerms(feeBasisPoints, fixedFen).release(hold.held());
            hold.release(release.fee(), NOW);
            assertThat(hold.sellerPart()).isEqualTo(release.seller());
        }
        assertThat(hold.refunded().plus(hold.fee()).plus(hold.sellerPart())).isEqualTo(Money.fen(paid));
        assertThat(hold.sellerPart().isNegative()).isFalse();
    }
}
