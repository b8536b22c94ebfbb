package org.linli.billing.checkout;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FleaFeeTermsTest {

    @Test
    void byDefaultTheSellerReceivesEverythingHeld() {
        FleaFeeTerms.Release release = FleaFeeTerms.NONE.release(Money.fen(8_800));
        assertThat(release.seller()).isEqualTo(Money.fen(8_800));
        assertThat(release.fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void theFeeIsThePercentRoundedHalfUpPlusTheFixedFee() {
        FleaFeeTerms terms = new FleaFeeTerms(250, 10);
        FleaFeeTerms.Release release = terms.release(Money.fen(1_230));
        // 2.5 % of 12.30 yuan is 30.75 fen -> 31 fen, plus 10 fen.
        assertThat(release.fee()).isEqualTo(Money.fen(41));
        assertThat(release.seller()).isEqualTo(Money.fen(1_189));
    }

    @Test
    void theFeeNeverExceedsWhatIsReleased() {
        FleaFeeTerms.Release release = new FleaFeeTerms(0, 500).release(Money.fen(300));
        assertThat(release.fee()).isEqualTo(Money.fen(300));
        assertThat(release.seller()).isEqualTo(Money.ZERO);
    }

    @Test
    void percentBeyondAWholeOrANegativeFixedFeeIsRefused() {
        assertThatThrownBy(() -> new FleaFeeTerms(10_001, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new FleaFeeTerms(0, -1)).isInstanceOf(DomainException.class);
    }

    @Property
    void sellerAndFeeAlwaysAddUpToWhatIsReleasedAndNeitherIsNegative(
            @ForAll @IntRange(min = 0, max = 10_000) int percent,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long fixed,
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long released) {
        FleaFeeTerms.Release release = new FleaFeeTerms(percent, fixed).release(Money.fen(released));
        assertThat(release.total()).isEqualTo(Money.fen(released));
        assertThat(release.seller().isNegative()).isFalse();
        assertThat(release.fee().isNegative()).isFalse();
    }
}
