package org.linli.billing.invoicing;

import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;
import org.linli.platform.money.Money;
import org.linli.tenants.modules.Module;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionChargeTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Money FEE = Money.fen(99_900);

    private static Instant china(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(ChinaTime.ZONE).toInstant();
    }

    @Test
    void aWholeMonthCostsExactlyTheFee() {
        SubscriptionCharge charge = SubscriptionCharge.of(Module.HOUSEKEEPING, FEE, china(10, 3, 9), null, NOVEMBER);
        assertThat(charge.days()).isEqualTo(30);
        assertThat(charge.amount()).isEqualTo(FEE);
    }

    @Test
    void partOfAMonthIsChargedByTheDayRoundedHalfUp() {
        SubscriptionCharge fromThe21st = SubscriptionCharge.of(Module.PARKING, FEE, china(11, 21, 23), null,
                NOVEMBER);
        assertThat(fromThe21st.days()).isEqualTo(10);
        assertThat(fromThe21st.amount()).isEqualTo(Money.fen(33_300));
        SubscriptionCharge sevenDays = SubscriptionCharge.of(Module.PARKING, Money.fen(10_000), china(11, 1, 0),
                china(11, 8, 0), NOVEMBER);
        assertThat(sevenDays.days()).isEqualTo(7);
        assertThat(sevenDays.amount()).isEqualTo(Money.fen(2_333));
    }

    @Test
    void aDayCountsWhenTheModuleWasOnAtAnyMomentOfItInChina() {
        SubscriptionCharge lateNight = SubscriptionCharge.of(Module.DELIVERY, FEE, china(11, 30, 23),
                china(12, 1, 1), NOVEMBER);
        assertThat(lateNight.days()).isEqualTo(1);
        assertThat(lateNight.amount()).isEqualTo(Money.fen(3_330));
    }

    @Test
    void periodsOutsideTheMonthChargeNothing() {
        assertThat(SubscriptionCharge.of(Module.ELDER_CARE, FEE, china(9, 1, 0), china(10, 31, 12), NOVEMBER))
                .isNull();
        assertThat(SubscriptionCharge.of(Module.ELDER_CARE, FEE, china(12, 1, 0), null, NOVEMBER)).isNull();
    }
}
