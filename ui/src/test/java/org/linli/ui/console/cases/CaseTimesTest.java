package org.linli.ui.console.cases;

import org.junit.jupiter.api.Test;
import org.linli.platform.application.ChinaTime;
import org.linli.tenants.cases.CaseCommands;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CaseTimesTest {

    @Test
    void slaMinutesShowAsPlainHoursAndComeBackUnchanged() {
        assertThat(CaseTimes.hours(30).toPlainString()).isEqualTo("0.5");
        assertThat(CaseTimes.hours(960).toPlainString()).isEqualTo("16");
        assertThat(CaseTimes.hours(60).toString()).as("no exponent after stripping zeros").isEqualTo("1");
        assertThat(CaseTimes.hours(100).toPlainString()).isEqualTo("1.67");
        for (long minutes : new long[]{30, 120, 240, 960, 1620, 2700}) {
            assertThat(CaseTimes.minutes(CaseTimes.hours(minutes))).isEqualTo(minutes);
        }
        assertThat(CaseTimes.minutes(new BigDecimal("1.5"))).isEqualTo(90L);
        assertThat(CaseTimes.minutes(new BigDecimal("0.01"))).isEqualTo(1L);
        assertThat(CaseTimes.minutes(null)).isNull();
        assertThat(CaseTimes.minutes(new BigDecimal("1E+40"))).isEqualTo(60_000_000_000L);
    }

    @Test
    void theEndOfTheWorkingDayMayBeMidnight() {
        assertThat(CaseTimes.time(8 * 60 + 30)).isEqualTo(LocalTime.of(8, 30));
        assertThat(CaseTimes.time(1440)).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(CaseTimes.minuteOfDay(LocalTime.MIDNIGHT, true)).isEqualTo(1440);
        assertThat(CaseTimes.minuteOfDay(LocalTime.MIDNIGHT, false)).isZero();
        assertThat(CaseTimes.minuteOfDay(LocalTime.of(17, 30), true)).isEqualTo(1050);
        assertThat(CaseTimes.minuteOfDay(null, false)).as("left to validation").isNegative();
    }

    @Test
    void aPeriodOfDaysCoversTheLastDayWholeInTheTenantsZone() {
        ZoneId shanghai = ChinaTime.ZONE;
        CaseCommands.Period period = CaseTimes.period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                shanghai);
        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        CaseCommands.Period oneDay = CaseTimes.period(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4),
                shanghai);
        assertThat(Duration.between(oneDay.from(), oneDay.to())).isEqualTo(Duration.ofDays(1));
        assertThat(CaseTimes.period(null, null, shanghai).from()).isNull();
    }
}
