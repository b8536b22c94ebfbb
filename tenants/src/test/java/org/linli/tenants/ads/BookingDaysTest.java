package org.linli.tenants.ads;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Example;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The overlap rule: inclusive whole days, and two bookings overlap exactly when they share a day. */
class BookingDaysTest {

    private static final LocalDate BASE = LocalDate.of(2026, 12, 1);

    @Example
    void bothEndsAreBookedDays() {
        BookingDays days = new BookingDays(BASE, BASE.plusDays(2));
        assertThat(days.count()).isEqualTo(3);
        assertThat(days.price(Money.fen(5_000))).isEqualTo(Money.fen(15_000));
        assertThat(days.contains(BASE)).isTrue();
        assertThat(days.contains(BASE.plusDays(2))).isTrue();
        assertThat(days.contains(BASE.plusDays(3))).isFalse();
    }

    @Example
    void rangesTouchingOnOneDayOverlapButAdjacentOnesDoNot() {
        BookingDays first = new BookingDays(BASE, BASE.plusDays(4));
        assertThat(first.overlaps(new BookingDays(BASE.plusDays(4), BASE.plusDays(6)))).isTrue();
        assertThat(first.overlaps(new BookingDays(BASE.plusDays(5), BASE.plusDays(6)))).isFalse();
        assertThat(first.overlaps(new BookingDays(BASE.minusDays(3), BASE.minusDays(1)))).isFalse();
        assertThat(first.overlaps(new BookingDays(BASE.plusDays(1), BASE.plusDays(1)))).isTrue();
    }

    @Example
    void aRangeEndsOnOrAfterItsStartAndLastsAtMostAYear() {
        assertThatThrownBy(() -> new BookingDays(BASE, BASE.minusDays(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new BookingDays(BASE, BASE.plusDays(366))).isInstanceOf(DomainException.class);
        assertThat(new BookingDays(BASE, BASE.plusDays(365)).count()).isEqualTo(366);
    }

    @Property
    void overlapIsSymmetricAndMeansASharedDay(@ForAll @IntRange(max = 30) int aStart,
                                              @ForAll @IntRange(max = 10) int aLen,
                                              @ForAll @IntRange(max = 30) int bStart,
                                              @ForAll @IntRange(max = 10) int bLen) {
        BookingDays a = new BookingDays(BASE.plusDays(aStart), BASE.plusDays(aStart + aLen));
        BookingDays b = new BookingDays(BASE.plusDays(bStart), BASE.plusDays(bStart + bLen));
        boolean shared = false;
        for (LocalDate day = a.first(); !day.isAfter(a.last()); day = day.plusDays(1)) {
            shared |= b.contains(day);
        }
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)).isEqualTo(shared);
    }
}
