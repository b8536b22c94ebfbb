package org.linli.tenants.orders;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Points as a discount: value per point, the tenant's maximum share, rounding and the cash given back. */
class PointsDiscountTest {

    private static final PointsDiscount.Terms ONE_FEN_THIRTY_PERCENT = new PointsDiscount.Terms(1, 30);

    @Test
    void discountIsPointsTimesTheirValue() {
        PointsDiscount discount = PointsDiscount.of(Money.fen(10_000), 2_000, new PointsDiscount.Terms(1, 30));

        assertThat(discount.points()).isEqualTo(2_000);
        assertThat(discount.discount()).isEqualTo(Money.fen(2_000));
        assertThat(PointsDiscount.of(Money.fen(10_000), 150, new PointsDiscount.Terms(10, 30)).discount())
                .isEqualTo(Money.fen(1_500));
    }

    @Test
    void theMaximumShareCapsTheDiscountAndIsReportedWhenExceeded() {
        assertThat(ONE_FEN_THIRTY_PERCENT.maxPoints(Money.fen(10_000))).isEqualTo(3_000);
        assertThat(PointsDiscount.of(Money.fen(10_000), 3_000, ONE_FEN_THIRTY_PERCENT).discount())
                .isEqualTo(Money.fen(3_000));

        assertThatThrownBy(() -> PointsDiscount.of(Money.fen(10_000), 3_001, ONE_FEN_THIRTY_PERCENT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("points_discount_too_high");
                    assertThat(e.args()).containsExactly(3_000L);
                });
    }

    @Test
    void theShareIsRoundedDownToTheFenAndToWholePoints() {
        // 30 % of 99.99 yuan is 2,999.7 fen: 2,999 fen, so 299 points of 10 fen (2,990 fen), never 300.
        PointsDiscount.Terms tenFen = new PointsDiscount.Terms(10, 30);

        assertThat(tenFen.maxDiscount(Money.fen(9_999))).isEqualTo(Money.fen(2_999));
        assertThat(tenFen.maxPoints(Money.fen(9_999))).isEqualTo(299);
        assertThatThrownBy(() -> PointsDiscount.of(Money.fen(9_999), 300, tenFen))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void discountsAreOffUntilTheTenantSetsAShare() {
        assertThat(PointsDiscount.Terms.OFF.maxPoints(Money.fen(10_000))).isZero();
        assertThatThrownBy(() -> PointsDiscount.of(Money.fen(10_000), 1, PointsDiscount.Terms.OFF))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("points_discount_too_high"));
    }

    @Test
    void aFullShareMayCoverTheWholeAmountButNoMore() {
        PointsDiscount.Terms all = new PointsDiscount.Terms(1, 100);

        assertThat(PointsDiscount.of(Money.fen(5_000), 5_000, all).discount()).isEqualTo(Money.fen(5_000));
        assertThatThrownBy(() -> PointsDiscount.of(Money.fen(5_000), 5_001, all))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void noPointsIsNoDiscountAndNegativePointsAreRefused() {
        assertThat(PointsDiscount.of(Money.fen(5_000), 0, ONE_FEN_THIRTY_PERCENT)).isEqualTo(PointsDiscount.NONE);
        assertThatThrownBy(() -> PointsDiscount.of(Money.fen(5_000), -1, ONE_FEN_THIRTY_PERCENT))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void termsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new PointsDiscount.Terms(0, 30)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PointsDiscount.Terms(1, 101)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PointsDiscount.Terms(1, -1)).isInstanceOf(DomainException.class);
    }

    @Test
    void aCancellationFeeIsKeptFromTheCashAndWhatExceedsTheCashIsWaived() {
        assertThat(PointsDiscount.cashBack(Money.fen(7_000), Money.ZERO, Money.fen(1_000)))
                .isEqualTo(Money.fen(6_000));
        assertThat(PointsDiscount.cashBack(Money.fen(500), Money.ZERO, Money.fen(1_000))).isEqualTo(Money.ZERO);
        assertThat(PointsDiscount.cashBack(Money.fen(7_000), Money.fen(2_000), Money.ZERO))
                .isEqualTo(Money.fen(5_000));
    }

    @Property
    void theLargestAllowedDiscountNeverExceedsTheShareNorTheAmount(
            @ForAll @LongRange(min = 0, max = 100_000_000) long amountFen,
            @ForAll @LongRange(min = 1, max = 10_000) long valueFen,
            @ForAll @IntRange(min = 0, max = 100) int share) {
        PointsDiscount.Terms terms = new PointsDiscount.Terms(valueFen, share);
        Money amount = Money.fen(amountFen);
        long most = terms.maxPoints(amount);

        if (most > 0) {
            Money discount = PointsDiscount.of(amount, most, terms).discount();
            assertThat(discount.fen()).isLessThanOrEqualTo(amountFen * share / 100).isLessThanOrEqualTo(amountFen);
            assertThat(amount.minus(discount).isNegative()).isFalse();
        }
        // One point more is always refused: the cap is exact, not approximate.
        assertThatThrownBy(() -> PointsDiscount.of(amount, most + 1, terms)).isInstanceOf(DomainException.class);
    }
}
