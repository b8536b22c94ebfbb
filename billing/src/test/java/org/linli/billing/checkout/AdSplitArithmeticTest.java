package org.linli.billing.checkout;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.linli.billing.commission.CommissionTerms;
import org.linli.billing.commission.Party;
import org.linli.billing.commission.RefundShares;
import org.linli.billing.commission.Split;
import org.linli.platform.money.Money;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How an ad booking's payment is shared between platform and tenant, and taken back by refunds. */
class AdSplitArithmeticTest {

    @Test
    void withoutARuleTheTenantKeepsAllOfItsAdRevenue() {
        Split split = CommissionTerms.NONE.split(Money.fen(30_000)).withoutProvider();
        assertThat(split.platform()).isEqualTo(Money.ZERO);
        assertThat(split.tenant()).isEqualTo(Money.fen(30_000));
        assertThat(split.provider()).isEqualTo(Money.ZERO);
    }

    @Test
    void theRulesCommissionGoesToThePlatformByItsShareAndTheRestStaysWithTheTenant() {
        // 20 % commission, of which the platform takes 60 %: 12 % to the platform, 88 % to the tenant.
        Split split = new CommissionTerms(2_000, 0, 0, null, 6_000).split(Money.fen(30_000)).withoutProvider();
        assertThat(split.platform()).isEqualTo(Money.fen(3_600));
        assertThat(split.tenant()).isEqualTo(Money.fen(26_400));
        assertThat(split.provider()).isEqualTo(Money.ZERO);
    }

    @Test
    void aFullRefundTakesBackExactlyEachPart() {
        Split split = new CommissionTerms(2_000, 0, 0, null, 6_000).split(Money.fen(30_001)).withoutProvider();
        Map<Party, Money> back = RefundShares.of(remaining(split.platform(), split.tenant()), Money.fen(30_001));
        assertThat(back.get(Party.PLATFORM)).isEqualTo(split.platform());
        assertThat(back.get(Party.TENANT)).isEqualTo(split.tenant());
        assertThat(back.get(Party.PROVIDER)).isEqualTo(Money.ZERO);
    }

    @Property
    void thePartsAlwaysAddUpToThePaymentAndNoProviderIsPaid(
            @ForAll @IntRange(min = 0, max = 10_000) int percent, @ForAll @LongRange(min = 0, max = 100_000) long fixed,
            @ForAll @IntRange(min = 0, max = 10_000) int platformShare,
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long paid) {
        Split split = new CommissionTerms(percent, fixed, 0, null, platformShare).split(Money.fen(paid))
                .withoutProvider();
        assertThat(split.total()).isEqualTo(Money.fen(paid));
        assertThat(split.provider()).isEqualTo(Money.ZERO);
        assertThat(split.platform().isNegative() || split.tenant().isNegative()).isFalse();
    }

    @Property
    void refundsInStepsNeverTakeMoreThanAPartAndAddUpToWhatWasRefunded(
            @ForAll @IntRange(min = 0, max = 10_000) int percent,
            @ForAll @IntRange(min = 0, max = 10_000) int platformShare,
            @ForAll @LongRange(min = 1, max = 10_000_000L) long paid,
            @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 100) Integer> steps) {
        Split split = new CommissionTerms(percent, 0, 0, null, platformShare).split(Money.fen(paid)).withoutProvider();
        long platform = split.platform().fen();
        long tenant = split.tenant().fen();
        long refunded = 0;
        for (int step : steps) {
            long left = paid - refunded;
            long refund = left * step / 100;
            Map<Party, Money> back = RefundShares.of(remaining(Money.fen(platform), Money.fen(tenant)),
                    Money.fen(refund));
            assertThat(back.get(Party.PLATFORM).plus(back.get(Party.TENANT))).isEqualTo(Money.fen(refund));
            platform -= back.get(Party.PLATFORM).fen();
            tenant -= back.get(Party.TENANT).fen();
            refunded += refund;
            assertThat(platform).isBetween(0L, split.platform().fen());
            assertThat(tenant).isBetween(0L, split.tenant().fen());
        }
        assertThat(platform + tenant).isEqualTo(paid - refunded);
    }

    private static Map<Party, Money> remaining(Money platform, Money tenant) {
        Map<Party, Money> remaining = new EnumMap<>(Party.class);
        remaining.put(Party.PLATFORM, platform);
        remaining.put(Party.TENANT, tenant);
        return remaining;
    }
}
