package org.linli.billing.commission;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A points discount funded by the tenant: the split stays whole, the tenant's part pays first, the rest is owed. */
class DiscountFundingTest {

    /** 10 % commission, of which the platform takes 60 % and the tenant 40 %. */
    private static final CommissionTerms TEN_PERCENT = new CommissionTerms(1_000, 0, 0, null, 6_000);

    @Test
    void theSplitIsOnTheFullAmountAndTheTenantsPartPaysTheDiscountFirst() {
        Split split = TEN_PERCENT.split(Money.fen(10_000));
        Money discount = Money.fen(300);

        DiscountFunding.Shares shares = DiscountFunding.Shares.of(split, discount);

        assertThat(split.platform()).isEqualTo(Money.fen(600));
        assertThat(split.tenant()).isEqualTo(Money.fen(400));
        assertThat(split.provider()).isEqualTo(Money.fen(9_000));
        assertThat(shares.fromShare()).isEqualTo(Money.fen(300));
        assertThat(shares.owed()).isEqualTo(Money.ZERO);
    }

    @Test
    void whatExceedsTheTenantsPartIsOwedByTheTenant() {
        Split split = TEN_PERCENT.split(Money.fen(10_000));

        DiscountFunding.Shares shares = DiscountFunding.Shares.of(split, Money.fen(3_000));

        assertThat(shares.fromShare()).isEqualTo(Money.fen(400));
        assertThat(shares.owed()).isEqualTo(Money.fen(2_600));
        // Cash from the gateway and the tenant's funding together pay every party its whole part.
        assertThat(Money.fen(7_000).plus(Money.fen(3_000))).isEqualTo(split.total());
    }

    @Test
    void withoutACommissionTheTenantOwesTheWholeDiscount() {
        DiscountFunding.Shares shares = DiscountFunding.Shares.of(CommissionTerms.NONE.split(Money.fen(5_000)),
                Money.fen(5_000));

        assertThat(shares.fromShare()).isEqualTo(Money.ZERO);
        assertThat(shares.owed()).isEqualTo(Money.fen(5_000));
    }

    @Test
    void aDiscountAboveTheAmountIsImpossible() {
        assertThatThrownBy(() -> DiscountFunding.Shares.of(TEN_PERCENT.split(Money.fen(100)), Money.fen(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDiscountComesBackOnceAndNeverMoreThanItWas() {
        DiscountFunding funding = new DiscountFunding(7, 3_000, Money.fen(3_000),
                DiscountFunding.Shares.of(TEN_PERCENT.split(Money.fen(10_000)), Money.fen(3_000)), Instant.EPOCH);

        assertThat(funding.returnUpTo(Money.ZERO)).isEqualTo(Money.ZERO);
        assertThat(funding.returnUpTo(Money.fen(3_000))).isEqualTo(Money.fen(3_000));
        assertThat(funding.returnUpTo(Money.fen(3_000))).isEqualTo(Money.ZERO);
        assertThat(funding.returned()).isEqualTo(Money.fen(3_000));
    }

    /**
     * Payment and refund postings of a discounted order balance: cash plus discount is what the parties receive,
     * and what they give back (their shares of cash refunded plus discount returned) is what clearing and the
     * tenant's discount account take back; the tenant's part and its debt add up to the discount.
     */
    @Property
    void paymentAndRefundOfADiscountedOrderStayExact(
            @ForAll @LongRange(min = 1, max = 10_000_000) long amountFen,
            @ForAll @IntRange(min = 0, max = 100) int discountPercent,
            @ForAll @IntRange(min = 0, max = 10_000) int commissionBasisPoints,
            @ForAll @IntRange(min = 0, max = 10_000) int platformShare,
            @ForAll @LongRange(min = 0, max = 10_000_000) long feeFen) {
        Money amount = Money.fen(amountFen);
        Money discount = Money.fen(amountFen * discountPercent / 100);
        Money cash = amount.minus(discount);
        Split split = new CommissionTerms(commissionBasisPoints, 0, 0, null, platformShare).split(amount);
        DiscountFunding.Shares shares = DiscountFunding.Shares.of(split, discount);

        assertThat(cash.plus(discount)).isEqualTo(split.total());
        assertThat(shares.fromShare().plus(shares.owed())).isEqualTo(discount);
        assertThat(shares.fromShare().fen()).isLessThanOrEqualTo(split.tenant().fen());
        assertThat(shares.owed().isNegative()).isFalse();

        Money cashBack = Money.fen(Math.max(0, cash.fen() - feeFen));
        Map<Party, Money> back = RefundShares.of(split.byParty(), cashBack.plus(discount));
        Money given = back.values().stream().reduce(Money.ZERO, Money::plus);
        assertThat(given).isEqualTo(cashBack.plus(discount));
        for (Party party : Party.values()) {
            assertThat(back.get(party).fen()).isBetween(0L, split.of(party).fen());
        }
        // The parties keep exactly the fee, or the cash when the fee exceeds it.
        assertThat(split.total().minus(given)).isEqualTo(Money.fen(Math.min(feeFen, cash.fen())));
    }
}
