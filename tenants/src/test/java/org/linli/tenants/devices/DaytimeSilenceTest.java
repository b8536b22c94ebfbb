package org.linli.tenants.devices;

import org.junit.jupiter.api.Test;

import org.linli.platform.application.ChinaTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An elder's home is a concern only after a still stretch of the daytime: nights neither count nor alert. */
class DaytimeSilenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    /** Four hours of a day from 07:00 to 21:00. */
    private final DaytimeSilence rule = new DaytimeSilence(Duration.ofHours(4), 7 * 60, 21 * 60, ChinaTime.ZONE);
    private final Instant installed = at(DAY.minusDays(30), 9, 0);

    @Test
    void aHomeStillSinceLastEveningIsAConcernFourHoursIntoTheDayNotAtNight() {
        Instant evening = at(DAY.minusDays(1), 20, 30);
        assertThat(rule.concernAt(at(DAY, 1, 0), evening, installed)).as("at night").isEmpty();
        assertThat(rule.concernAt(at(DAY, 10, 59), evening, installed)).isEmpty();
        assertThat(rule.concernAt(at(DAY, 11, 0), evening, installed)).contains(at(DAY, 7, 0));
    }

    @Test
    void activityInTheDayStartsTheStillTimeAgain() {
        Instant morning = at(DAY, 8, 15);
        assertThat(rule.concernAt(at(DAY, 12, 14), morning, installed)).isEmpty();
        assertThat(rule.concernAt(at(DAY, 12, 15), morning, installed)).contains(morning);
    }

    @Test
    void theEveningEndsTheDaytimeWhateverTheStillTime() {
        assertThat(rule.concernAt(at(DAY, 20, 59), at(DAY, 9, 0), installed)).contains(at(DAY, 9, 0));
        assertThat(rule.concernAt(at(DAY, 21, 0), at(DAY, 9, 0), installed)).isEmpty();
    }

    @Test
    void nothingIsKnownBeforeTheFirstDeviceWasInstalled() {
        Instant installedToday = at(DAY, 9, 30);
        assertThat(rule.concernAt(at(DAY, 13, 0), null, installedToday)).as("3.5 hours watched").isEmpty();
        assertThat(rule.concernAt(at(DAY, 13, 30), null, installedToday)).contains(installedToday);
    }

    @Test
    void aDayStartsAtItsDaytimeSoEarlyMorningBelongsToTheDayBefore() {
        assertThat(rule.startOfDayAt(at(DAY, 6, 59))).isEqualTo(at(DAY.minusDays(1), 7, 0));
        assertThat(rule.startOfDayAt(at(DAY, 7, 0))).isEqualTo(at(DAY, 7, 0));
    }

    @Test
    void daytimeMustLieWithinOneDay() {
        assertThatThrownBy(() -> new DaytimeSilence(Duration.ofHours(4), 21 * 60, 7 * 60, ChinaTime.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DaytimeSilence(Duration.ZERO, 7 * 60, 21 * 60, ChinaTime.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ChinaTime.ZONE).toInstant();
    }
}
