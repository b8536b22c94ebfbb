package org.linli.tenants.flea;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reservation's rules: how it may be paid, when it lapses, what the handover needs, and one rating each. */
class ReservationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theBuyerPaysOnlyAsTheSellerPricedIt() {
        Listing points = listing(new Price(PriceKind.POINTS, null, 300L));
        assertThat(new Reservation(points, 2, Payment.POINTS, "123456", NOW).pricePoints()).isEqualTo(300);
        assertCode(() -> new Reservation(points, 2, Payment.YUAN_OFFLINE, "123456", NOW),
                "flea_payment_not_accepted");
        Listing either = listing(new Price(PriceKind.EITHER, 2_000L, 200L));
        Reservation online = new Reservation(either, 2, Payment.YUAN_ONLINE, "123456", NOW);
        assertThat(online.priceFen()).isEqualTo(2_000);
        assertThat(online.pricePoints()).isNull();
        assertCode(() -> new Reservation(listing(Price.free()), 2, Payment.POINTS, "1", NOW),
                "flea_payment_not_accepted");
    }

    @Test
    void anUnpaidReservationLapsesAfterFortyEightHoursAndAPaidOneDoesNot() {
        Reservation r = new Reservation(listing(new Price(PriceKind.YUAN, 1_000L, null)), 2, Payment.YUAN_ONLINE,
                "123456", NOW);
        assertCode(() -> r.lapse(NOW.plus(Duration.ofHours(47))), "flea_reservation_not_due");
        assertCode(() -> r.markPaid("ref", NOW), "flea_reservation_not_payable");
        r.accept(NOW.plusSeconds(60));
        r.markPaid("ref", NOW.plusSeconds(120));
        assertCode(() -> r.markPaid("ref", NOW.plusSeconds(130)), "flea_reservation_not_payable");
        assertCode(() -> r.lapse(NOW.plus(Duration.ofHours(49))), "flea_reservation_not_due");

        Reservation unpaid = new Reservation(listing(Price.free()), 2, Payment.FREE, "123456", NOW);
        unpaid.lapse(NOW.plus(Reservation.TIME_TO_HAND_OVER));
        assertThat(unpaid.status()).isEqualTo(ReservationStatus.LAPSED);
    }

    @Test
    void theHandoverNeedsAcceptanceTheBuyersCodeAndOnlinePayment() {
        Reservation r = new Reservation(listing(new Price(PriceKind.YUAN, 1_000L, null)), 2, Payment.YUAN_ONLINE,
                "123456", NOW);
        assertCode(() -> r.handOver("123456", NOW), "invalid_transition");
        r.accept(NOW);
        assertCode(() -> r.handOver("123456", NOW), "flea_reservation_not_paid");
        r.markPaid("ref", NOW);
        assertCode(() -> r.handOver("654321", NOW), "flea_pickup_code_wrong");
        r.handOver(" 123456 ", NOW);
        assertThat(r.status()).isEqualTo(ReservationStatus.COMPLETED);
    }

    @Test
    void eachPartyRatesTheOtherOnceAfterTheHandover() {
        Reservation r = new Reservation(listing(Price.free()), 2, Payment.FREE, "000111", NOW);
        assertCode(() -> r.rate(2, 5, null), "flea_reservation_not_completed");
        r.accept(NOW);
        r.handOver("000111", NOW);
        r.rate(2, 5, "好");
        r.rate(1, 4, null);
        assertCode(() -> r.rate(2, 1, null), "flea_already_rated");
        assertCode(() -> r.rate(9, 1, null), "flea_reservation_not_found");
        assertThat(r.buyerStars()).isEqualTo(5);
        assertThat(r.sellerStars()).isEqualTo(4);
    }

    @Test
    void aPriceHasExactlyTheAmountsOfItsKind() {
        assertThat(new Price(PriceKind.EITHER, 100L, 10L).accepts(Payment.POINTS)).isTrue();
        assertThatThrownBy(() -> new Price(PriceKind.FREE, 100L, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Price(PriceKind.YUAN, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Price(PriceKind.POINTS, null, 0L)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Price(PriceKind.EITHER, 100L, null)).isInstanceOf(DomainException.class);
    }

    private static Listing listing(Price price) {
        Listing listing = new Listing(1, 10, 100, new ListingCommands.Details("自行车", "九成新", 5L,
                ItemCondition.LIKE_NEW, Reach.COMMUNITY, "3栋楼下", price), NOW);
        listing.publish(NOW);
        try {
            Field id = Listing.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(listing, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return listing;
    }

    private static void assertCode(ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }
}
