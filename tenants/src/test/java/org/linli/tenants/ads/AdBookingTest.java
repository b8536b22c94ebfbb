package org.linli.tenants.ads;

import org.junit.jupiter.api.Test;
import org.linli.platform.money.Money;
import org.linli.platform.problem.DomainException;
import org.linli.tenants.registry.structure.CommunityId;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A booking's price, payment and cancellation rules, and where a paid one is in time. */
class AdBookingTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 12, 10);
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void theAmountIsTheDaysTimesTheSlotsPriceFixedWhenBooked() {
        AdBooking booking = booking();
        assertThat(booking.amount()).isEqualTo(Money.fen(5 * 8_000));
        assertThat(booking.status()).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void onlyAnApprovedCreativeIsPaidAndRepeatedNewsOfThePaymentChangesNothing() {
        AdBooking booking = booking();
        assertThatThrownBy(() -> booking.markPaid("T1", booking.amount(), NOW))
                .hasFieldOrPropertyWithValue("code", "ad_creative_not_approved");
        approved(booking);
        assertThatThrownBy(() -> booking.markPaid("T1", Money.fen(1), NOW))
                .hasFieldOrPropertyWithValue("code", "ad_payment_amount_mismatch");
        booking.markPaid("T1", booking.amount(), NOW);
        booking.markPaid("T1", booking.amount(), NOW.plusSeconds(60));
        assertThat(booking.status()).isEqualTo(BookingStatus.PAID);
        assertThat(booking.paidAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> booking.submitCreative("https://x.cn", "new", "PNG"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aBookingCancelledMeanwhileRefusesThePaymentSoThatTheMoneyGoesBack() {
        AdBooking booking = booking();
        approved(booking);
        booking.cancel(FIRST.minusDays(5), Money.ZERO, NOW);
        assertThatThrownBy(() -> booking.markPaid("T1", booking.amount(), NOW))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "ad_booking_cancelled");
        assertThatThrownBy(() -> booking.requirePayable(FIRST.minusDays(5)))
                .hasFieldOrPropertyWithValue("code", "ad_booking_cancelled");
    }

    @Test
    void aPaidBookingIsCancelledOnlyBeforeItsFirstDayAndRecordsTheRefund() {
        AdBooking late = booking();
        approved(late);
        late.markPaid("T1", late.amount(), NOW);
        assertThatThrownBy(() -> late.cancel(FIRST, Money.ZERO, NOW))
                .hasFieldOrPropertyWithValue("code", "ad_booking_started");
        AdBooking early = booking();
        approved(early);
        early.markPaid("T2", early.amount(), NOW);
        early.cancel(FIRST.minusDays(1), Money.fen(100), NOW);
        assertThat(early.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(early.refunded()).isEqualTo(Money.fen(100));
    }

    @Test
    void aPaidBookingIsScheduledThenRunningOnItsDaysThenEnded() {
        AdBooking booking = booking();
        assertThat(booking.phase(FIRST)).as("not paid").isNull();
        approved(booking);
        booking.markPaid("T1", booking.amount(), NOW);
        assertThat(booking.phase(FIRST.minusDays(1))).isEqualTo(AdBooking.Phase.SCHEDULED);
        assertThat(booking.isLiveOn(FIRST)).isTrue();
        assertThat(booking.isLiveOn(FIRST.plusDays(4))).isTrue();
        assertThat(booking.phase(FIRST.plusDays(5))).isEqualTo(AdBooking.Phase.ENDED);
        assertThatThrownBy(() -> booking.requirePayable(FIRST)).hasFieldOrPropertyWithValue("code",
                "ad_booking_already_paid");
    }

    @Test
    void aSlotReachesItsCommunitiesAndIsNotSoldOnBlackoutDays() {
        AdSlot slot = new AdSlot(new SlotCommands.NewSlot("公告屏", Placement.NOTICE_BOARD_SCREEN, 1080, 1920, 1_000L,
                List.of(7L, 3L, 7L), List.of(FIRST.plusDays(2))), NOW);
        assertThat(slot.communities()).containsExactly(3L, 7L);
        assertThat(slot.reaches(new CommunityId(3))).isTrue();
        assertThat(slot.reaches(new CommunityId(4))).isFalse();
        assertThat(slot.reaches(null)).as("a viewer of no known community").isTrue();
        assertThat(slot.blackedOutDuring(new BookingDays(FIRST, FIRST.plusDays(2)))).isTrue();
        assertThat(slot.blackedOutDuring(new BookingDays(FIRST, FIRST.plusDays(1)))).isFalse();
    }

    private static void approved(AdBooking booking) {
        booking.submitCreative("https://shop.example.cn", "草莓", "PNG");
        booking.approve(null, "ops");
    }

    private static AdBooking booking() {
        AdSlot slot = new AdSlot(new SlotCommands.NewSlot("首页横幅", Placement.STOREFRONT_HOME_BANNER, 750, 300,
                8_000L, List.of(), List.of()), NOW);
        try {
            Field id = AdSlot.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(slot, 42L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return new AdBooking(slot, 9, new BookingDays(FIRST, FIRST.plusDays(4)), "1-token", NOW, "adv");
    }
}
