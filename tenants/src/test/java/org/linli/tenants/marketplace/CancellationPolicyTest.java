package org.linli.tenants.marketplace;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CancellationPolicyTest {

    private static final Instant VISIT = Instant.parse("2026-12-01T02:00:00Z");
    private static final CancellationPolicy TWENTY_FOUR_HOURS = new CancellationPolicy(24, Money.fen(2000));

    @Test
    void cancellingUpToTheLimitIsFree() {
        assertThat(TWENTY_FOUR_HOURS.feeFor(VISIT, Instant.parse("2026-11-30T02:00:00Z"), Money.fen(9900)))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void cancellingAfterTheLimitCostsTheFee() {
        assertThat(TWENTY_FOUR_HOURS.feeFor(VISIT, Instant.parse("2026-11-30T02:00:01Z"), Money.fen(9900)))
                .isEqualTo(Money.fen(2000));
    }

    @Test
    void theFeeNeverExceedsWhatWasPaid() {
        assertThat(TWENTY_FOUR_HOURS.feeFor(VISIT, VISIT, Money.fen(1500))).isEqualTo(Money.fen(1500));
    }

    @Test
    void ordersWithoutAnAppointmentCancelFreely() {
        assertThat(TWENTY_FOUR_HOURS.feeFor(null, VISIT, Money.fen(9900))).isEqualTo(Money.ZERO);
    }
}
