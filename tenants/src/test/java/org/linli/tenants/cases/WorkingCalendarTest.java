package org.linli.tenants.cases;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import org.linli.platform.application.ChinaTime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SLA deadlines count only the tenant's working time: Mon-Fri 08:30-17:30 by default, never a holiday, but a
 * make-up day (调休) on a weekend.
 */
class WorkingCalendarTest {

    private static final WorkingCalendar OFFICE = WorkingCalendar.OFFICE_HOURS;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ChinaTime.ZONE).toInstant();
    }

    @Test
    void minutesWithinOneWorkingDayAreAddedAsTheyAre() {
        // 2026-12-02 is a Wednesday.
        assertThat(OFFICE.deadline(at("2026-12-02T09:00"), 120)).isEqualTo(at("2026-12-02T11:00"));
    }

    @Test
    void aReportBeforeOpeningStartsCountingAtOpening() {
        assertThat(OFFICE.deadline(at("2026-12-02T06:10"), 30)).isEqualTo(at("2026-12-02T09:00"));
    }

    @Test
    void whatDoesNotFitTodayContinuesTomorrowMorning() {
        assertThat(OFFICE.deadline(at("2026-12-02T17:00"), 60)).isEqualTo(at("2026-12-03T09:00"));
        assertThat(OFFICE.deadline(at("2026-12-02T20:00"), 60)).isEqualTo(at("2026-12-03T09:30"));
    }

    @Test
    void aFridayEveningCaseIsDueOnMonday() {
        // Friday 2026-12-04 17:00, two working hours: 30 minutes on Friday, 90 on Monday.
        assertThat(OFFICE.deadline(at("2026-12-04T17:00"), 120)).isEqualTo(at("2026-12-07T10:00"));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysWorked() {
        WorkingCalendar festive = new WorkingCalendar(ChinaTime.ZONE, OFFICE.workdays(), OFFICE.dayStart(),
                OFFICE.dayEnd(), Set.of(LocalDate.parse("2026-12-07")), Set.of(LocalDate.parse("2026-12-05")));
        // Friday 17:00 + 2 h: 30 min Friday, Saturday is a make-up day (90 min there).
        assertThat(festive.deadline(at("2026-12-04T17:00"), 120)).isEqualTo(at("2026-12-05T10:00"));
        // From Saturday evening: Sunday off, Monday a holiday, Tuesday it is.
        assertThat(festive.deadline(at("2026-12-05T18:00"), 60)).isEqualTo(at("2026-12-08T09:30"));
        assertThat(festive.isWorkingDay(LocalDate.parse("2026-12-07"))).isFalse();
        assertThat(festive.isWorkingDay(LocalDate.parse("2026-12-05"))).isTrue();
    }

    @Test
    void severalWorkingDaysSpanTheWeekend() {
        // 3 working days of 9 hours from Thursday 08:30: Thu, Fri, Mon, due Monday 17:30.
        assertThat(OFFICE.deadline(at("2026-12-03T08:30"), 3 * 9 * 60)).isEqualTo(at("2026-12-07T17:30"));
    }

    @Test
    void zeroMinutesIsTheNextWorkingMoment() {
        assertThat(OFFICE.deadline(at("2026-12-05T12:00"), 0)).isEqualTo(at("2026-12-07T08:30"));
        assertThat(OFFICE.deadline(at("2026-12-02T10:00"), 0)).isEqualTo(at("2026-12-02T10:00"));
    }

    @Test
    void aCalendarWithoutWorkingTimeIsRefused() {
        assertThatThrownBy(() -> new WorkingCalendar(ChinaTime.ZONE, EnumSet.noneOf(DayOfWeek.class), 510, 1050,
                Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingCalendar(ChinaTime.ZONE, EnumSet.of(DayOfWeek.MONDAY), 600, 600,
                Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void aRoundTheClockCalendarAddsPlainMinutes(@ForAll @LongRange(min = 0, max = 100_000) long minutes,
                                                @ForAll @LongRange(min = 0, max = 10_000_000) long offsetSeconds) {
        WorkingCalendar always = new WorkingCalendar(ChinaTime.ZONE, EnumSet.allOf(DayOfWeek.class), 0, 24 * 60,
                Set.of(), Set.of());
        Instant from = at("2026-01-01T00:00").plusSeconds(offsetSeconds);
        assertThat(always.deadline(from, minutes)).isEqualTo(from.plus(Duration.ofMinutes(minutes)));
    }

    @Property(tries = 500)
    void deadlinesNeverComeSoonerThanTheWorkingTimeAndGrowWithIt(
            @ForAll @IntRange(min = 0, max = 5000) int minutes, @ForAll @IntRange(min = 0, max = 200) int more,
            @ForAll @LongRange(min = 0, max = 30_000_000) long offsetSeconds) {
        Instant from = at("2026-01-01T00:00").plusSeconds(offsetSeconds);
        Instant due = OFFICE.deadline(from, minutes);
        assertThat(Duration.between(from, due).toMinutes()).isGreaterThanOrEqualTo(minutes);
        assertThat(OFFICE.deadline(from, minutes + more)).isAfterOrEqualTo(due);
        LocalDateTime local = LocalDateTime.ofInstant(due, ChinaTime.ZONE);
        int minute = local.getHour() * 60 + local.getMinute();
        assertThat(OFFICE.isWorkingDay(local.toLocalDate())).as("due on a working day: %s", local).isTrue();
        assertThat(minute).as("due within working hours: %s", local).isBetween(OFFICE.dayStart(), OFFICE.dayEnd());
    }

    @Test
    void overdueTimeCountsOnlyWorkingTimeAsTheDeadlinesDo() {
        // Due Friday 17:00, read on Monday at 10:00: 30 minutes on Friday, 90 on Monday — not 65 hours.
        assertThat(OFFICE.workingMinutes(at("2026-12-04T17:00"), at("2026-12-07T10:00"))).isEqualTo(120);
        // A whole weekend and the evening pass without a minute of working time.
        assertThat(OFFICE.workingMinutes(at("2026-12-04T17:30"), at("2026-12-07T08:30"))).isZero();
        assertThat(OFFICE.workingMinutes(at("2026-12-07T10:00"), at("2026-12-04T17:00"))).isZero();
        WorkingCalendar festive = new WorkingCalendar(ChinaTime.ZONE, OFFICE.workdays(), OFFICE.dayStart(),
                OFFICE.dayEnd(), Set.of(LocalDate.parse("2026-12-07")), Set.of(LocalDate.parse("2026-12-05")));
        // Saturday is worked (9 h), Monday is a holiday: Friday 17:00 to Tuesday 09:00 is 0.5 + 9 + 0.5 hours.
        assertThat(festive.workingMinutes(at("2026-12-04T17:00"), at("2026-12-08T09:00"))).isEqualTo(600);
    }

    @Property(tries = 500)
    void theWorkingTimeUpToADeadlineIsTheTimeItWasSetFor(
            @ForAll @IntRange(min = 0, max = 20_000) int minutes,
            @ForAll @LongRange(min = 0, max = 30_000_000) long offsetSeconds) {
        WorkingCalendar festive = new WorkingCalendar(ChinaTime.ZONE, OFFICE.workdays(), OFFICE.dayStart(),
                OFFICE.dayEnd(), Set.of(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-10-01")),
                Set.of(LocalDate.parse("2026-04-26")));
        Instant from = at("2026-01-01T00:00").plusSeconds(offsetSeconds / 60 * 60);
        assertThat(festive.workingMinutes(from, festive.deadline(from, minutes))).isEqualTo(minutes);
    }

    @Test
    void aCalendarTravelsAsTextWithTheSpecialDaysThatAreStillAhead() {
        WorkingCalendar own = new WorkingCalendar(ZoneId.of("Asia/Urumqi"), EnumSet.of(DayOfWeek.MONDAY,
                DayOfWeek.SATURDAY), 600, 1440, Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-07")),
                Set.of(LocalDate.parse("2026-12-06")));
        WorkingCalendar travelled = WorkingCalendar.decode(own.encode(LocalDate.parse("2026-12-01")));
        assertThat(travelled.zone()).isEqualTo(own.zone());
        assertThat(travelled.workdays()).isEqualTo(own.workdays());
        assertThat(travelled.dayStart()).isEqualTo(600);
        assertThat(travelled.dayEnd()).isEqualTo(1440);
        assertThat(travelled.holidays()).containsExactly(LocalDate.parse("2026-12-07"));
        assertThat(travelled.makeUpDays()).containsExactly(LocalDate.parse("2026-12-06"));
        assertThat(WorkingCalendar.decode(null)).isEqualTo(WorkingCalendar.OFFICE_HOURS);
    }
}
