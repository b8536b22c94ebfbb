package org.linli.tenants.marketplace;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTest {

    @Test
    void aWeeklyPatternBecomesSlotsOnTheChosenWeekdaysInChinaTime() {
        // 2026-11-30 is a Monday.
        Availability mondaysAndWednesdays = new Availability(LocalDate.of(2026, 11, 30), 7,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(8, 0), LocalTime.of(12, 0), 120);

        List<Availability.Period> periods = mondaysAndWednesdays.periods();

        assertThat(periods).extracting(Availability.Period::start).containsExactly(
                Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-11-30T02:00:00Z"),
                Instant.parse("2026-12-02T00:00:00Z"), Instant.parse("2026-12-02T02:00:00Z"));
        assertThat(periods).allSatisfy(p -> assertThat(p.end()).isEqualTo(p.start().plusSeconds(7200)));
    }

    @Test
    void aSlotThatWouldRunPastTheEndOfTheDayIsLeftOut() {
        Availability morning = new Availability(LocalDate.of(2026, 11, 30), 1, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(8, 0), LocalTime.of(11, 0), 120);
        assertThat(morning.periods()).hasSize(1);
    }

    @Test
    void periodsOverlapOnlyWhenTheyShareTime() {
        Availability.Period nine = new Availability.Period(Instant.parse("2026-12-01T01:00:00Z"),
                Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(nine.overlaps(Instant.parse("2026-12-01T02:00:00Z"), Instant.parse("2026-12-01T03:00:00Z")))
                .isFalse();
        assertThat(nine.overlaps(Instant.parse("2026-12-01T01:30:00Z"), Instant.parse("2026-12-01T03:00:00Z")))
                .isTrue();
    }
}
