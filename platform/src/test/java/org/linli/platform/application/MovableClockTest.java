package org.linli.platform.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MovableClockTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void itReadsTheBaseUntilMovedAndAgainWhenBack() {
        MovableClock clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(clock.instant()).isEqualTo(NOW);
        clock.travelTo(Instant.parse("2026-10-01T02:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-10-01T02:00:00Z"));
        clock.backToNow();
        assertThat(clock.instant()).isEqualTo(NOW);
    }

    @Test
    void zoneViewsMoveTogether() {
        MovableClock clock = new MovableClock(Clock.fixed(NOW, ZoneOffset.UTC));
        Clock china = clock.withZone(ChinaTime.ZONE);
        clock.travelTo(Instant.parse("2026-10-01T02:00:00Z"));
        assertThat(china.instant()).isEqualTo(Instant.parse("2026-10-01T02:00:00Z"));
        assertThat(LocalDate.now(china)).isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
