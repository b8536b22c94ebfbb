package org.linli.tenants.ads;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tenant's refund terms for a paid booking cancelled before its first day. */
class RefundPolicyTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 10);

    @Test
    void cancelledEarlyEnoughGivesThePercentBackRoundedDown() {
        RefundPolicy policy = new RefundPolicy(80, 3);
        assertThat(policy.refund(Money.fen(10_001), START, START.minusDays(3))).isEqualTo(Money.fen(8_000));
        assertThat(policy.refund(Money.fen(10_000), START, START.minusDays(30))).isEqualTo(Money.fen(8_000));
    }

    @Test
    void cancelledLaterThanThePolicyAllowsGivesNothing() {
        RefundPolicy policy = new RefundPolicy(80, 3);
        assertThat(policy.refund(Money.fen(10_000), START, START.minusDays(2))).isEqualTo(Money.ZERO);
        assertThat(policy.refund(Money.fen(10_000), START, START.minusDays(1))).isEqualTo(Money.ZERO);
    }

    @Test
    void fromTheFirstDayOnNothingCanBeCancelled() {
        assertThatThrownBy(() -> RefundPolicy.DEFAULT.refund(Money.fen(100), START, START))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "ad_booking_started");
    }

    @Test
    void theDefaultGivesEverythingBackThreeDaysAhead() {
        assertThat(RefundPolicy.DEFAULT.refund(Money.fen(9_999), START, START.minusDays(3)))
                .isEqualTo(Money.fen(9_999));
    }

    @Test
    void percentsOutsideZeroToHundredAreRefused() {
        assertThatThrownBy(() -> new RefundPolicy(101, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new RefundPolicy(-1, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new RefundPolicy(50, -1)).isInstanceOf(DomainException.class);
    }
}
