package org.linli.billing.commission;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.linli.platform.money.Money;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RefundSharesTest {

    /**
     * Refunds in any number of steps, each any part of what is left: no party ever gives back more than it received,
     * every step is shared exactly, and a full refund takes back exactly the original split.
     */
    @Property
    void refundReversalsNeverExceedTheOriginalAndAFullRefundTakesBackEveryPart(
            @ForAll @LongRange(max = 100_000_000) long paid,
            @ForAll @IntRange(max = 10_000) int percent, @ForAll @IntRange(max = 10_000) int share,
            @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 100) Integer> stepsInPercent) {
        Split split = new CommissionTerms(percent, 0, 0, null, share).split(Money.fen(paid));
        Map<Party, Money> remaining = new EnumMap<>(split.byParty());
        long refunded = 0;
        for (int step : stepsInPercent) {
            long left = paid - refunded;
            Money refund = Money.fen(left * step / 100);
            Map<Party, Money> shares = RefundShares.of(remaining, refund);
            assertThat(shares.values().stream().map(Money::fen).mapToLong(Long::longValue).sum())
                    .isEqualTo(refund.fen());
            shares.forEach((party, part) -> {
                assertThat(part.isNegative()).isFalse();
                assertThat(part.fen()).isLessThanOrEqualTo(remaining.get(party).fen());
                remaining.put(party, remaining.get(party).minus(part));
            });
            refunded += refund.fen();
        }
        Map<Party, Money> last = RefundShares.of(remaining, Money.fen(paid - refunded));
        last.forEach((party, part) -> assertThat(part).isEqualTo(remaining.get(party)));
    }
}
