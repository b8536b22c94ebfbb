package org.linli.tenants.timebank;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeLimitsTest {

    @Property
    void aDebitThatPassesNeverTakesTheBalanceBelowTheMinimum(@ForAll @LongRange(min = -600, max = 0) long minimum,
                                                            @ForAll @LongRange(min = -600, max = 6000) long balance,
                                                            @ForAll @LongRange(min = 1, max = 6000) long minutes) {
        TimeLimits limits = new TimeLimits(minimum, 6000);
        boolean allowed = passes(() -> limits.checkDebit(balance, minutes), "time_balance_too_low");

        assertThat(allowed).isEqualTo(balance - minutes >= minimum);
    }

    @Property
    void aCreditThatPassesNeverTakesTheBalanceAboveTheMaximum(@ForAll @LongRange(min = 1, max = 6000) long maximum,
                                                             @ForAll @LongRange(min = -600, max = 6000) long balance,
                                                             @ForAll @LongRange(min = 1, max = 6000) long minutes) {
        TimeLimits limits = new TimeLimits(0, maximum);
        boolean allowed = passes(() -> limits.checkCredit(balance, minutes), "time_balance_too_high");

        assertThat(allowed).isEqualTo(balance + minutes <= maximum);
    }

    @Test
    void anOverdraftLetsTheBalanceGoDownToTheNegativeMinimumExactly() {
        TimeLimits overdraft = new TimeLimits(-60, 6000);

        assertThatCode(() -> overdraft.checkDebit(0, 60)).doesNotThrowAnyException();
        assertThatThrownBy(() -> overdraft.checkDebit(0, 61)).isInstanceOf(DomainException.class)
                .hasMessageContaining("time_balance_too_low");
    }

    @Test
    void nothingOrLessIsNoMovement() {
        TimeLimits limits = new TimeLimits(0, 6000);

        assertThatThrownBy(() -> limits.checkDebit(100, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> limits.checkCredit(100, -5)).isInstanceOf(DomainException.class);
    }

    @Test
    void boundsMustHoldAnEmptyAccount() {
        assertThatThrownBy(() -> new TimeLimits(10, 6000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimits(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean passes(Runnable check, String refusal) {
        try {
            check.run();
            return true;
        } catch (DomainException e) {
            assertThat(e.code()).isEqualTo(refusal);
            return false;
        }
    }
}
