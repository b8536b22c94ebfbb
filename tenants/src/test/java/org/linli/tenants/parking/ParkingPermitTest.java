package org.linli.tenants.parking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ParkingPermitTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 30);

    @Test
    void aPermitCoversItsMonthsFromTheFirstToTheLastDayOnceActive() {
        ParkingPermit permit = new ParkingPermit(new LotId(1), "苏A12345", 5, 6, FIRST, 3, 99, Instant.EPOCH);
        assertThat(permit.validUntil()).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(permit.covers(FIRST)).as("pending").isFalse();
        permit.activate();
        assertThat(permit.covers(FIRST.minusDays(1))).isFalse();
        assertThat(permit.covers(FIRST)).isTrue();
        assertThat(permit.covers(LocalDate.of(2027, 2, 27))).isTrue();
        assertThat(permit.covers(LocalDate.of(2027, 2, 28))).isFalse();
    }

    @Test
    void aCancelledPermitCoversNothingAndStaysCancelled() {
        ParkingPermit permit = new ParkingPermit(new LotId(1), "苏A12345", 5, 6, FIRST, 1, 99, Instant.EPOCH);
        permit.activate();
        permit.cancel();
        permit.activate();
        assertThat(permit.status()).isEqualTo(PermitStatus.CANCELLED);
        assertThat(permit.covers(FIRST)).isFalse();
    }
}
