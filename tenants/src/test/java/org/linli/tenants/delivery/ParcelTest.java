package org.linli.tenants.delivery;

import org.junit.jupiter.api.Test;
import org.linli.platform.problem.DomainException;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParcelTest {

    private static final Instant ARRIVED = Instant.parse("2026-11-29T02:00:00Z");

    private static Parcel waiting() {
        return new Parcel(1, 2, null, "新华小区 1栋 1单元 301", "顺丰", "SF1", "042817", ARRIVED);
    }

    @Test
    void onlyTheRightCodeHandsTheParcelOverAndOnlyOnce() {
        Parcel parcel = waiting();
        assertThatThrownBy(() -> parcel.pickUp("042818", "station", ARRIVED)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("pickup_code_wrong");
        assertThatThrownBy(() -> parcel.pickUp(null, "station", ARRIVED)).isInstanceOf(DomainException.class);
        parcel.pickUp(" 042817 ", "station", ARRIVED.plusSeconds(60));
        assertThat(parcel.status()).isEqualTo(ParcelStatus.PICKED_UP);
        assertThatThrownBy(() -> parcel.pickUp("042817", "station", ARRIVED)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("invalid_transition");
    }

    @Test
    void aParcelIsOverdueAfterThreeDaysAtTheStation() {
        Parcel parcel = waiting();
        assertThat(parcel.isOverdue(ARRIVED.plus(Duration.ofDays(3)))).isFalse();
        assertThat(parcel.isOverdue(ARRIVED.plus(Duration.ofDays(3)).plusSeconds(1))).isTrue();
        parcel.pickUp("042817", "station", ARRIVED);
        assertThat(parcel.isOverdue(ARRIVED.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void doorstepDeliveryIsRequestedOnceAndDeliversTheParcel() {
        Parcel parcel = waiting();
        parcel.orderDoorstep(9);
        assertThatThrownBy(() -> parcel.orderDoorstep(10)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("doorstep_already_requested");
        parcel.delivered("courier", ARRIVED.plusSeconds(3600));
        assertThat(parcel.status()).isEqualTo(ParcelStatus.DELIVERED);
    }
}
