package org.linli.billing.commission;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommissionTermsTest {

    @Property
    void forAnyAmountAndRuleThePartsSumToTheAmountAndNoneIsNegative(
            @ForAll @LongRange(max = 10_000_000_000L) long paid, @ForAll("terms") CommissionTerms terms) {
        Split split = terms.split(Money.fen(paid));
        assertThat(split.total()).isEqualTo(Money.fen(paid));
        assertThat(split.byParty().values()).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
        Money commission = split.platform().plus(split.tenant());
        assertThat(commission).isEqualTo(terms.commissionOn(Money.fen(paid)));
        if (paid > 0 && paid >= terms.minimumFen()) {
            assertThat(commission.fen()).isGreaterThanOrEqualTo(terms.minimumFen());
        }
        if (terms.maximumFen() != null) {
            assertThat(commission.fen()).isLessThanOrEqualTo(terms.maximumFen());
        }
    }

    @Provide
    Arbitrary<CommissionTerms> terms() {
        Arbitrary<Integer> basisPoints = Arbitraries.integers().between(0, CommissionTerms.WHOLE);
        Arbitrary<Long> fen = Arbitraries.longs().between(0, 1_000_000);
        return Combinators.combine(basisPoints, fen, fen, fen.injectNull(0.3), basisPoints)
                .as((percent, fixed, minimum, extra, share) -> new CommissionTerms(percent, fixed, minimum,
                        extra == null ? null : minimum + extra, share));
    }

    @Test
    void tenPercentOfAHundredYuanSharedThirtySeventy() {
        Split split = new CommissionTerms(1_000, 0, 0, null, 3_000).split(Money.fen(10_000));
        assertThat(split).isEqualTo(new Split(Money.fen(300), Money.fen(700), Money.fen(9_000)));
    }

    @Test
    void thePercentageIsRoundedHalfUpThenHeldBetweenMinimumAndMaximum() {
        CommissionTerms terms = new CommissionTerms(1_250, 100, 300, 2_000L, 5_000);
        assertThat(terms.commissionOn(Money.fen(1_000))).isEqualTo(Money.fen(300));
        assertThat(terms.commissionOn(Money.fen(4_004))).isEqualTo(Money.fen(601));
        assertThat(terms.commissionOn(Money.fen(100_000))).isEqualTo(Money.fen(2_000));
        assertThat(terms.commissionOn(Money.fen(200))).as("never more than was paid").isEqualTo(Money.fen(200));
        assertThat(terms.split(Money.fen(4_004))).isEqualTo(new Split(Money.fen(301), Money.fen(300),
                Money.fen(3_403)));
    }

    @Test
    void freeOrdersSplitIntoZeros() {
        assertThat(new CommissionTerms(1_000, 500, 100, null, 5_000).split(Money.ZERO))
                .isEqualTo(new Split(Money.ZERO, Money.ZERO, Money.ZERO));
    }

    @Test
    void termsOutOfRangeAreFieldErrors() {
        assertThatThrownBy(() -> new CommissionTerms(10_001, -1, 0, null, 0)).isInstanceOfSatisfying(
                DomainException.class, problem -> assertThat(problem.fieldErrors()).extracting(e -> e.field())
                        .containsExactly("percentBasisPoints", "fixedFen"));
        assertThatThrownBy(() -> new CommissionTerms(0, 0, 500, 100L, 0)).isInstanceOfSatisfying(
                DomainException.class, problem -> assertThat(problem.fieldErrors()).extracting(e -> e.code())
                        .containsExactly("not_below_minimum"));
    }
}
