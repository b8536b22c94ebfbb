package org.linli.tenants.flea;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A purchase in points moves exactly the price: held from the buyer at reservation, wholly the seller's after the
 * handover, wholly the buyer's again after a decline, cancellation or lapse; no point is made or lost on the way.
 */
class PointsEscrowTest {

    @Property(tries = 1000)
    void aHandoverMovesExactlyThePriceFromBuyerToSeller(@ForAll @LongRange(min = 0, max = 1_000_000) long buyer,
                                                        @ForAll @LongRange(min = 0, max = 1_000_000) long seller,
                                                        @ForAll @LongRange(min = 1, max = 1_000_000) long price) {
        if (price > buyer) {
            assertThatThrownBy(() -> PointsEscrow.before(buyer, seller).hold(price))
                    .isInstanceOf(IllegalStateException.class);
            return;
        }
        PointsEscrow held = PointsEscrow.before(buyer, seller).hold(price);
        assertThat(held).isEqualTo(new PointsEscrow(buyer - price, price, seller));
        PointsEscrow sold = held.settle(ReservationStatus.COMPLETED);
        assertThat(sold).isEqualTo(new PointsEscrow(buyer - price, 0, seller + price));
        assertThat(sold.total()).isEqualTo(buyer + seller);
    }

    @Property(tries = 1000)
    void aReservationEndingOtherwiseGivesThePriceBack(@ForAll("unwound") ReservationStatus end,
                                                      @ForAll @LongRange(min = 1, max = 1_000_000) long price,
                                                      @ForAll @LongRange(min = 0, max = 1_000_000) long more) {
        PointsEscrow held = PointsEscrow.before(price + more, 7).hold(price);
        assertThat(held.settling()).isEqualTo(price);
        assertThat(held.settle(end)).isEqualTo(new PointsEscrow(price + more, 0, 7));
    }

    @Test
    void anOpenReservationSettlesNothingAndAHoldIsTakenOnce() {
        PointsEscrow held = PointsEscrow.before(100, 0).hold(40);
        assertThatThrownBy(() -> held.settle(ReservationStatus.ACCEPTED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> held.hold(10)).isInstanceOf(IllegalStateException.class);
    }

    @Provide
    Arbitrary<ReservationStatus> unwound() {
        return Arbitraries.of(ReservationStatus.DECLINED, ReservationStatus.CANCELLED, ReservationStatus.LAPSED);
    }
}
