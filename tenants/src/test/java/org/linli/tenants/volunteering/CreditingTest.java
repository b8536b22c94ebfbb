package org.linli.tenants.volunteering;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CreditingTest {

    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T03:00:00Z");

    @Test
    void theAttendedDurationInWholeMinutesWithSecondsDropped() {
        assertThat(Crediting.minutes(null, START, END, START.plusSeconds(10 * 60),
                START.plusSeconds(55 * 60 + 59))).isEqualTo(45);
    }

    @Test
    void cappedAtTheScheduledDurationHoweverEarlyTheyCameOrLateTheyLeft() {
        assertThat(Crediting.minutes(null, START, END, START.minusSeconds(3600), END.plusSeconds(3600)))
                .isEqualTo(120);
    }

    @Test
    void aMissingCheckOutCountsUntilTheScheduledEnd() {
        assertThat(Crediting.minutes(null, START, END, START.plusSeconds(30 * 60), null)).isEqualTo(90);
    }

    @Test
    void theActivitysFixedMinutesWhenItHasThemWhateverTheTimes() {
        assertThat(Crediting.minutes(60L, START, END, START.plusSeconds(100 * 60), END)).isEqualTo(60);
    }

    @Test
    void nothingForWhoeverNeverCheckedInAndNothingNegative() {
        assertThat(Crediting.minutes(60L, START, END, null, null)).isZero();
        assertThat(Crediting.minutes(null, START, END, END.plusSeconds(60), END)).isZero();
    }
}
