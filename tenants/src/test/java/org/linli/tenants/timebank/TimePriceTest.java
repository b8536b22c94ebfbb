package org.linli.tenants.timebank;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimePriceTest {

    @Test
    void aPartMinuteCountsWhole() {
        assertThat(TimePrice.minutesFor(Money.fen(8_000), Money.fen(100))).isEqualTo(80);
        assertThat(TimePrice.minutesFor(Money.fen(8_001), Money.fen(100))).isEqualTo(81);
        assertThat(TimePrice.minutesFor(Money.fen(1), Money.fen(150))).isEqualTo(1);
        assertThat(TimePrice.minutesFor(Money.ZERO, Money.fen(150))).isZero();
    }

    @Property
    void theMinutesCoverTheAmountAndOneMinuteLessWouldNot(@ForAll @LongRange(min = 0, max = 10_000_000) long fen,
                                                          @ForAll @LongRange(min = 1, max = 100_000) long value) {
        long minutes = TimePrice.minutesFor(Money.fen(fen), Money.fen(value));

        assertThat(minutes * value).isGreaterThanOrEqualTo(fen);
        assertThat((minutes - 1) * value).isLessThan(fen == 0 ? 1 : fen);
    }

    @Test
    void aMinuteWorthNothingPricesNothing() {
        assertThatThrownBy(() -> TimePrice.minutesFor(Money.fen(100), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
